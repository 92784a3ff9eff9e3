import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { GALLERY_PAGE_SIZE, type GalleryItem } from '../contracts';
import { HOUR_MS } from '../domain/transition';
import { fixedCases } from '../rows';

/** 整改晒单: fixed problems with before and after photos, newest fix first. Anyone signed in may look; no reporter is named. */
export async function fixedGallery(ctx: UseCaseContext, input: { before?: string }): Promise<GalleryItem[]> {
  const rows = await fixedCases(ctx.db, ctx.actor.countyId, input.before ? new Date(input.before) : undefined, GALLERY_PAGE_SIZE);
  return rows.map((r) => {
    const fixedAt = iso(r.fixedAt as Date);
    return {
      id: r.id,
      category: r.category,
      address: r.address,
      community: r.community,
      department: r.department,
      submittedAt: iso(r.submittedAt),
      fixedAt,
      hoursToFix: Math.round(((Date.parse(fixedAt) - r.submittedAt.getTime()) / HOUR_MS) * 10) / 10,
      before: r.before,
      after: r.after,
      rating: r.rating,
    };
  });
}
