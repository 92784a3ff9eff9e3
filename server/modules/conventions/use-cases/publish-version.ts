import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { isCountyAdmin } from '../../../core/actor';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { canPublish } from '../permissions';
import { findConvention, insertVersion, latestVersion } from '../repo';

/**
 * A new version never rewrites an old one: earlier pledges stay with the text
 * that was signed. Official texts skip the word filter ("拒绝赌博" is a fine
 * article); who published them is on the audit trail.
 */
export async function publishVersion(
  { db, actor, now }: UseCaseContext,
  input: { conventionId: string; baseVersion: number; title: string; preamble: string; articles: string[] },
): Promise<{ versionId: string; version: number }> {
  const convention = await findConvention(db, actor.countyId, input.conventionId);
  if (!convention) throw fail.notFound('没有找到这份公约');
  if (!canPublish(actor, convention)) throw fail.forbidden('只有创文办（居民公约：本社区工作人员）可以发布新版本');
  const latest = await latestVersion(db, convention.id);
  if ((latest?.version ?? 0) !== input.baseVersion) {
    throw fail.conflict(`刚刚有人发布了第 ${latest?.version} 版，请在新版本的基础上修改后再发布`);
  }
  const version = input.baseVersion + 1;
  const versionId = newId();
  // unique (convention_id, version) refuses a second publisher racing for the same number.
  await insertVersion(db, { id: versionId, countyId: actor.countyId, conventionId: convention.id, version, title: input.title, preamble: input.preamble, articles: input.articles, by: actor.userId, at: now });
  await recordAudit(db, actor, {
    role: isCountyAdmin(actor) ? 'admin' : 'staff',
    action: 'convention.publish',
    subjectType: 'convention',
    subjectId: convention.id,
    data: { version, versionId },
    at: now,
  });
  return { versionId, version };
}
