import { fail } from '../errors';
import type { ContentSafety, ContentScene } from './port';

/**
 * Checks each non-empty field of text others will see, in order, and refuses
 * the first unsafe one as VALIDATION on that field. The dispatcher calls it
 * with an action's `texts`, before the action's transaction opens.
 */
export async function assertSafe(
  ctx: { contentSafety: ContentSafety; openid: string },
  fields: Record<string, string | undefined>,
  scene: ContentScene = 'profile',
): Promise<void> {
  for (const [field, text] of Object.entries(fields)) {
    if (!text?.trim()) continue;
    const verdict = await ctx.contentSafety.check(text, { openid: ctx.openid, scene });
    if (!verdict.ok) throw fail.validation(verdict.reason, [{ field, message: verdict.reason }]);
  }
}
