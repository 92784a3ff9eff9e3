import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { ageInYears, childrenOf, insertChild, insertGuardianships, isMinorNow, isUnder14, lockPerson } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import type { ChildrenView } from '../contracts';
import { currentHome } from '../facade';
import { insertVouchedMember } from '../repo';
import { householdAdults } from '../rows';

/** A guardian adds at most this many children (a household, not a school). */
const MAX_CHILDREN = 8;

function cannotAdd(actor: UseCaseContext['actor'], hasHome: boolean): string {
  if (actor.isMinor) return '孩子请让家长来添加';
  if (!hasHome) return '请先绑定您的住户，再添加孩子';
  return '';
}

/** The caller's children, and who else in the household could be a guardian. */
export async function children(ctx: UseCaseContext): Promise<ChildrenView> {
  const { db, actor, now } = ctx;
  const home = await currentHome(db, actor.countyId, actor.userId);
  const rows = await childrenOf(db, actor.userId);
  const adults = home ? (await householdAdults(db, home.householdId, now)).filter((a) => a.id !== actor.userId) : [];
  return {
    children: rows.map((c) => ({
      id: c.id,
      name: c.name,
      birthMonth: c.birthMonth,
      age: c.birthMonth ? ageInYears(c.birthMonth, now) : null,
      under14: isUnder14(c.birthMonth, now),
      isMinor: isMinorNow(c, now),
      hasWeChat: c.hasWeChat,
    })),
    adults,
    cannotAdd: cannotAdd(actor, home !== null),
  };
}

interface AddChildInput {
  givenName: string;
  birthMonth: string;
  otherGuardianIds: string[];
  guardianConsent: boolean;
}

/**
 * A bound adult adds a child to their household: the child is bound at once
 * (the guardian vouches), the caller and the chosen adults of the same
 * household become the child's guardians (and are told), and the guardian's
 * consent is recorded with the child's age band.
 */
export async function addChild(ctx: UseCaseContext, input: AddChildInput): Promise<{ childId: string }> {
  const { db, actor, now } = ctx;
  const home = await currentHome(db, actor.countyId, actor.userId);
  const refused = cannotAdd(actor, home !== null);
  if (refused || !home) throw fail.forbidden(refused);
  const thisMonth = beijingDay(now).slice(0, 7);
  if (input.birthMonth > thisMonth) throw fail.validation('出生年月不能在以后', [{ field: 'birthMonth', message: '请检查出生年月' }]);
  if (!isMinorNow({ birthMonth: input.birthMonth, isMinor: true }, now)) {
    throw fail.validation('已满18岁，请用自己的微信登录', [{ field: 'birthMonth', message: '成年人用自己的微信登录' }]);
  }
  const adults = await householdAdults(db, home.householdId, now);
  const others = [...new Set(input.otherGuardianIds)].filter((id) => id !== actor.userId);
  const strangers = others.filter((id) => !adults.some((a) => a.id === id));
  if (strangers.length) throw fail.validation('另一位监护人要是和您住在同一户的成年人', [{ field: 'otherGuardianIds', message: '请重新选择' }]);

  await lockPerson(db, actor.userId);
  const mine = await childrenOf(db, actor.userId);
  if (mine.length >= MAX_CHILDREN) throw fail.validation(`最多添加${MAX_CHILDREN}个孩子`);
  if (mine.some((c) => c.name === input.givenName && c.birthMonth === input.birthMonth)) throw fail.conflict(`已经添加过${input.givenName}了`);

  const childId = newId();
  await insertChild(db, { id: childId, countyId: actor.countyId, name: input.givenName, birthMonth: input.birthMonth, addedBy: actor.userId, at: now });
  await insertGuardianships(db, actor.countyId, [actor.userId, ...others], childId);
  await insertVouchedMember(db, { countyId: actor.countyId, householdId: home.householdId, userId: childId, vouchedBy: actor.userId, at: now });
  await recordAudit(db, actor, {
    role: 'resident',
    action: 'households.addChild',
    subjectType: 'user',
    subjectId: childId,
    data: { householdId: home.householdId, guardians: [actor.userId, ...others], under14: isUnder14(input.birthMonth, now), guardianConsent: true },
    at: now,
  });
  const names = Object.fromEntries(adults.map((a) => [a.id, a.name]));
  await deliver(
    db,
    actor.countyId,
    others.map((userId) => ({
      userId,
      kind: 'household',
      title: `${actor.name}添加了孩子${input.givenName}`,
      body: `${names[userId] ?? '您'}也是${input.givenName}的监护人：孩子在您手机上的“孩子模式”里推荐家庭、填问卷，都要监护人同意才会公开。`,
      link: '/features/household/pages/children/index',
      sourceKey: `child:${childId}:guardian`,
    })),
    now,
  );
  return { childId };
}
