import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { HelpRequestView } from '../contracts';
import { findRequest } from '../repo';
import { requestView } from '../views';

/** One request: its two sides and the community's staff see it always; others only while it waits for a helper. */
export async function requestDetail({ db, actor }: UseCaseContext, input: { requestId: string }): Promise<HelpRequestView> {
  const r = await findRequest(db, actor.countyId, input.requestId);
  if (!r) throw fail.notFound('没有找到这个互助需求');
  const view = requestView(r, actor);
  if (r.state !== 'open' && (view.role === 'volunteer' || view.role === 'other')) throw fail.notFound('这个互助需求已经有人接了');
  return view;
}
