import type { UseCaseContext } from '../../../core/action';
import { holdsRoleIn } from '../../../core/actor';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { currentCountyText, insertNumberedSignature } from '../../conventions/facade';
import type { SignLetterResult } from '../contracts';
import { findLetter } from '../repo';

/**
 * A unit head (a handler of the unit) signs the year's 目标责任书 for the unit,
 * through the convention engine: numbered in the order units sign, once per
 * unit and version; a second tap (or a colleague's at the same moment) gets the
 * signature already made.
 */
export async function signLetter({ db, actor, now }: UseCaseContext, input: { versionId: string; departmentId: string }): Promise<SignLetterResult> {
  if (!holdsRoleIn(actor, 'handler', input.departmentId)) throw fail.forbidden('只能为您所在的单位签署责任书');
  const existing = await findLetter(db, input.versionId, input.departmentId);
  if (existing) return { signerNo: existing.signerNo, signedAt: iso(existing.signedAt), alreadySigned: true };
  const current = await currentCountyText(db, actor.countyId, 'responsibility');
  if (!current) throw fail.notFound('本县还没有发布目标责任书');
  if (current.id !== input.versionId) throw fail.conflict('责任书已经更新，请阅读新版本后再签署');
  const created = await insertNumberedSignature(db, { table: 'task_letters', signerColumn: 'department_id' }, {
    id: newId(),
    county_id: actor.countyId,
    department_id: input.departmentId,
    version_id: current.id,
    user_id: actor.userId,
    signed_at: now,
  });
  const letter = created ?? (await findLetter(db, current.id, input.departmentId));
  if (!letter) throw fail.conflict('责任书已经更新，请阅读新版本后再签署');
  return { signerNo: letter.signerNo, signedAt: iso(letter.signedAt), alreadySigned: !created };
}
