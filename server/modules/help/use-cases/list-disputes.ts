import type { UseCaseContext } from '../../../core/action';
import type { HelpRequestView } from '../contracts';
import { communitiesServed } from '../permissions';
import { disputesIn } from '../repo';
import { requestView } from '../views';

/** 互助争议: disputes of the communities the caller serves, oldest first. */
export async function listDisputes({ db, actor }: UseCaseContext): Promise<HelpRequestView[]> {
  return (await disputesIn(db, actor.countyId, communitiesServed(actor))).map((r) => requestView(r, actor));
}
