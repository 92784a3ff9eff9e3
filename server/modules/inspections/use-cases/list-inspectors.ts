import type { UseCaseContext } from '../../../core/action';
import { postsInCounty } from '../../identity/facade';
import type { InspectorOption } from '../contracts';

/** The county's 督查员, to put in teams. */
export async function listInspectors({ db, actor }: UseCaseContext): Promise<InspectorOption[]> {
  const posts = await postsInCounty(db, actor.countyId, ['inspector']);
  const seen = new Map<string, string>();
  for (const p of posts) seen.set(p.userId, p.userName);
  return [...seen].map(([userId, name]) => ({ userId, name }));
}
