import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { MatterView } from '../contracts';
import { REFUSALS } from '../permissions';
import { advanceMatter, findMatter } from '../repo';
import { actorTitle, excerpt, matterForStep, matterLink } from '../step';
import { toView } from '../views';

/** The captain (or community staff) settles it inside the building and says how; the resident is told. Final. */
export async function resolveMatter(ctx: UseCaseContext, input: { matterId: string; resolution: string }): Promise<MatterView> {
  const { db, actor, now } = ctx;
  const { row, role } = await matterForStep(ctx, 'resolve', input.matterId);
  const won = await advanceMatter(db, 'resolve', row.id, row.version, { status: 'resolved', resolution: input.resolution, resolvedAt: now });
  if (!won) throw fail.conflict(REFUSALS.raced);
  await recordAudit(db, actor, { role, action: 'matter.resolve', subjectType: 'building_matter', subjectId: row.id, data: { resolution: input.resolution }, at: now });
  await deliver(
    db,
    actor.countyId,
    [
      {
        userId: row.raisedBy,
        kind: 'matter',
        title: `您反映的事${actorTitle(role)}已经解决了`,
        body: excerpt(input.resolution, 60),
        link: matterLink(row.id),
        sourceKey: `matter:${row.id}:resolved`,
      },
    ],
    now,
  );
  return toView(db, actor, (await findMatter(db, actor.countyId, row.id))!);
}
