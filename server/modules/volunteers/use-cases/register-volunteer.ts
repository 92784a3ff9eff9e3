import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { hasRole } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { findCommunity } from '../../places/facade';
import { hasConsent, recordConsent } from '../../privacy/facade';
import type { VolunteerProfileView, volunteersInputs } from '../contracts';
import { grantRole } from '../../identity/facade';
import { upsertProfile } from '../repo';
import { findProfile } from '../rows';
import { profileView } from '../views';

type Input = z.output<typeof volunteersInputs.register>;

/**
 * Registers the caller as a volunteer (real name, phone, skills, the
 * community they serve), or updates the profile they have. Grants the
 * county-wide volunteer role once. Children take part with their guardians
 * instead.
 */
export async function registerVolunteer(ctx: UseCaseContext, input: Input): Promise<VolunteerProfileView> {
  const { db, actor, now } = ctx;
  if (actor.isMinor || hasRole(actor, 'minor')) throw fail.forbidden('未成年人请在监护人陪同下参加社区活动');
  const community = await findCommunity(db, actor.countyId, input.communityId);
  if (!community) throw fail.validation('请选择本县的社区或村', [{ field: 'communityId', message: '请选择本县的社区或村' }]);
  // A real name and a phone are collected only with their own, separate consent (given once, on this form).
  if (input.identityConsent) await recordConsent(db, { countyId: actor.countyId, userId: actor.userId, purpose: 'volunteer_identity', at: now });
  else if (!(await hasConsent(db, actor.userId, 'volunteer_identity'))) {
    throw fail.validation('请先同意提供真实姓名和手机号', [{ field: 'identityConsent', message: '请阅读并勾选同意提供真实姓名和手机号' }]);
  }

  const before = await findProfile(db, actor.userId);
  await upsertProfile(db, { userId: actor.userId, countyId: actor.countyId, realName: input.realName, phone: input.phone, skills: input.skills, communityId: community.id, at: now });
  // The county-wide volunteer role, once (the grant's unique key makes a repeat a no-op).
  await grantRole(db, { countyId: actor.countyId, userId: actor.userId, role: 'volunteer', scopeType: 'county', scopeId: actor.countyId, grantedBy: null });
  await recordAudit(db, actor, {
    role: hasRole(actor, 'volunteer') ? 'volunteer' : 'resident',
    action: before ? 'volunteers.updateProfile' : 'volunteers.register',
    subjectType: 'volunteer',
    subjectId: actor.userId,
    data: { communityId: community.id, skills: input.skills },
    at: now,
  });
  return profileView((await findProfile(db, actor.userId))!);
}
