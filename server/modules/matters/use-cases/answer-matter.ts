import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { MatterView } from '../contracts';
import { REFUSALS } from '../permissions';
import { advanceMatter, findMatter } from '../repo';
import { actorTitle, excerpt, matterForStep, matterLink } from '../step';
import { toView } from '../views';

/**
 * The building's captain (or community staff) replies once: the matter is
 * answered and the resident is told. Of two replies at once, one goes
 * through; the other is told someone already answered (CONFLICT).
 */
export async function answerMatter(ctx: UseCaseContext, input: { matterId: string; text: string }): Promise<MatterView> {
  const { db, actor, now } = ctx;
  const { row, role } = await matterForStep(ctx, 'answer', input.matterId);
  const won = await advanceMatter(db, 'answer', row.id, row.version, { status: 'answered', answer: input.text, answeredBy: actor.userId, answeredAt: now });
  if (!won) throw fail.conflict(REFUSALS.raced);
  await recordAudit(db, actor, { role, action: 'matter.answer', subjectType: 'building_matter', subjectId: row.id, data: { text: input.text, version: row.version + 1 }, at: now });
  await deliver(
    db,
    actor.countyId,
    [
      {
        userId: row.raisedBy,
        kind: 'matter',
        title: `${actorTitle(role)}回复了您反映的事`,
        body: excerpt(input.text, 60),
        link: matterLink(row.id),
        sourceKey: `matter:${row.id}:answer:${row.version + 1}`,
      },
    ],
    now,
  );
  return toView(db, actor, (await findMatter(db, actor.countyId, row.id))!);
}
