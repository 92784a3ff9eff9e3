import type { NewcomerContext, UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { beijingDay, iso } from '../../../core/clock';
import { hashOneTimeCode } from '../../../core/code-hash';
import { fail } from '../../../core/errors';
import { CODE_ATTEMPTS_PER_DAY, countWrongCode, newSixDigitCode, wrongCodesToday } from '../../appointments/facade';
import type { Actor } from '../../../core/actor';
import { actorByOpenid, childRecord, childrenOf, DEFAULT_NAME_PREFIX, forgetUser, giveChildWeChat, guardiansOf, isMinorNow, lockPerson, profileOf } from '../../identity/facade';
import { deliver, forgetInbox } from '../../inbox/facade';
import type { ChildLinkCode, ChildLinkPreview, LinkChildResult } from '../contracts';
import { currentHome } from '../facade';
import { childLinkByHash, childLinkById, insertChildLink, markChildLinkUsed, replaceOpenLinks, requestsOfUser, type ChildLinkRow } from '../repo';

/** How long a link code works. */
export const CHILD_LINK_HOURS = 24;

/** The page the child's phone opens (the QR's payload, the shared card's path). */
export function childLinkPath(code: string): string {
  return `/features/household/pages/link-child/index?code=${code}`;
}

export const LINK_MESSAGES = {
  notGuardian: '只有孩子的监护人可以让孩子用自己的微信',
  notBound: '请先绑定您的住户',
  hasWeChat: '孩子已经在用自己的微信了',
  grownUp: '已满18岁，请直接用自己的微信使用，不用家长的号码',
  knownWeChat: '这个微信已经在用文明共建了，不能变成孩子账号。请用孩子自己的、还没打开过文明共建的微信',
  wrong: '号码不对，请看清家长手机上的6位数字再输入',
  used: '这个号码已经用过了。请家长在“我的孩子”里重新生成一个',
  replaced: '家长已经换了一个新号码，请用新的号码',
  expired: '这个号码已经过期了（只能用24小时）。请家长重新生成一个',
  tooMany: '输错太多次了，请明天再试，或请家长用手机给你扫二维码',
  taken: '这个孩子账号刚刚已经连上了别的微信',
} as const;

/**
 * A guardian makes a one-time code that lets the child's own WeChat become the
 * child's account: six digits and the same code in a QR or shared card, for 24
 * hours, only while the child has no WeChat. A new code replaces the unused one.
 */
export async function childLinkCode(ctx: UseCaseContext, input: { childId: string }): Promise<ChildLinkCode> {
  const { db, actor, now } = ctx;
  const mine = await childrenOf(db, actor.userId);
  const child = mine.find((c) => c.id === input.childId);
  if (!child) throw fail.forbidden(LINK_MESSAGES.notGuardian);
  if (!(await currentHome(db, actor.countyId, actor.userId))) throw fail.forbidden(LINK_MESSAGES.notBound);
  // One code at a time per child: two guardians (or two taps) making codes are served in turn.
  await lockPerson(db, child.id);
  const record = await childRecord(db, child.id);
  if (!record || record.deletedAt || record.countyId !== actor.countyId) throw fail.forbidden(LINK_MESSAGES.notGuardian);
  if (record.hasWeChat) throw fail.conflict(`${child.name}已经在用自己的微信了`);
  if (!isMinorNow(record, now)) throw fail.forbidden(LINK_MESSAGES.grownUp);

  await replaceOpenLinks(db, child.id, now);
  const expiresAt = new Date(now.getTime() + CHILD_LINK_HOURS * 3_600_000);
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = newSixDigitCode();
    const id = await insertChildLink(db, { countyId: actor.countyId, childId: child.id, createdBy: actor.userId, codeHash: hashOneTimeCode(ctx.keys, code), createdAt: now, expiresAt });
    if (id) {
      await recordAudit(db, actor, { role: 'resident', action: 'households.childLinkCode', subjectType: 'user', subjectId: child.id, data: { linkId: id, expiresAt: iso(expiresAt) }, at: now });
      return { childId: child.id, childName: child.name, code, path: childLinkPath(code), expiresAt: iso(expiresAt) };
    }
  }
  throw new Error('could not draw a free child link code');
}

/**
 * A WeChat that has only opened the app (within the code's 24 hours) before
 * the child typed the code: WeChat made it an empty resident account on its
 * first call. It may still become the child's; anything more (a name, phone or
 * picture given, a home or a request for one, a post, a child, a guardian, an
 * older account) is a person's own account and is refused.
 */
async function onlyLookedAround(ctx: NewcomerContext, actor: Actor): Promise<boolean> {
  const { db, now } = ctx;
  if (actor.isMinor || actor.via) return false;
  if (now.getTime() - actor.accountCreatedAt.getTime() > CHILD_LINK_HOURS * 3_600_000) return false;
  if (actor.roles.some((r) => r.role !== 'resident')) return false;
  // It never gave a name, a phone or a picture: nobody has made it theirs.
  const profile = await profileOf(db, actor.userId);
  if (!profile.name.startsWith(DEFAULT_NAME_PREFIX) || profile.phone || profile.avatarRef) return false;
  if ((await requestsOfUser(db, actor.userId)).length > 0) return false;
  if ((await childrenOf(db, actor.userId)).length > 0 || (await guardiansOf(db, actor.userId)).length > 0) return false;
  return true;
}

/** Refuses a WeChat the server knows as a person; an account that only looked around may go on. */
async function refuseKnownWeChat(ctx: NewcomerContext): Promise<void> {
  if (ctx.actor && !(await onlyLookedAround(ctx, ctx.actor))) throw fail.forbidden(LINK_MESSAGES.knownWeChat);
}

/** Why this code cannot link now, or '' when it can. */
function closedBecause(link: ChildLinkRow, now: Date): string {
  if (link.usedAt) return LINK_MESSAGES.used;
  if (link.replacedAt) return LINK_MESSAGES.replaced;
  if (link.expiresAt.getTime() <= now.getTime()) return LINK_MESSAGES.expired;
  return '';
}

/** The child and the guardian behind an open code, refused if it cannot link. */
async function openLink(ctx: NewcomerContext, link: ChildLinkRow) {
  const closed = closedBecause(link, ctx.now);
  if (closed) throw fail.closed(closed);
  const child = await childRecord(ctx.db, link.childId);
  if (!child || child.deletedAt) throw fail.closed(LINK_MESSAGES.used);
  if (child.hasWeChat) throw fail.conflict(LINK_MESSAGES.taken);
  if (!isMinorNow(child, ctx.now)) throw fail.forbidden(LINK_MESSAGES.grownUp);
  const guardian = (await guardiansOf(ctx.db, child.id)).find((g) => g.id === link.createdBy);
  return { child, guardianName: guardian?.name ?? '家长' };
}

/**
 * The child's phone opens a code (typed, or from the QR or card) and sees
 * whose child account it is before linking. A WeChat the server already knows
 * is refused; a wrong code counts against the phone's ten a day (shared with
 * invitation codes; the count commits: this answers `found: false`).
 */
export async function openChildLink(ctx: NewcomerContext, input: { code: string }): Promise<ChildLinkPreview> {
  const { db, now, openid } = ctx;
  await refuseKnownWeChat(ctx);
  const day = beijingDay(now);
  if ((await wrongCodesToday(db, openid, day)) >= CODE_ATTEMPTS_PER_DAY) throw fail.rateLimited(LINK_MESSAGES.tooMany);
  const link = await childLinkByHash(db, hashOneTimeCode(ctx.keys, input.code));
  if (!link) {
    const count = await countWrongCode(db, openid, day);
    return { found: false, attemptsLeft: Math.max(0, CODE_ATTEMPTS_PER_DAY - count) };
  }
  const { child, guardianName } = await openLink(ctx, link);
  return { found: true, linkId: link.id, childName: child.name, guardianName, expiresAt: iso(link.expiresAt) };
}

/**
 * The child's WeChat becomes the child's account: the code (with the link it
 * opened, as an invitation's accept names it) is the proof. The child's openid
 * is set by one conditional update (only while it has none) and the code is
 * marked used in the same transaction: of twenty racing links one wins. The
 * guardians are told.
 */
export async function linkChild(ctx: NewcomerContext, input: { linkId: string; code: string }): Promise<LinkChildResult> {
  const { db, now, openid } = ctx;
  const link = await childLinkById(db, input.linkId);
  if (!link || link.codeHash !== hashOneTimeCode(ctx.keys, input.code)) throw fail.notFound(LINK_MESSAGES.wrong);
  // The same phone's second tap, once the first has linked it.
  if (ctx.actor?.userId === link.childId) return { childName: ctx.actor.name, alreadyLinked: true };
  await refuseKnownWeChat(ctx);
  const { child } = await openLink(ctx, link);
  // The empty account this WeChat made by looking around is closed first: an openid belongs to one person.
  const emptied = ctx.actor;
  if (emptied) {
    await recordAudit(db, emptied, { role: 'resident', action: 'households.linkChild.closeEmptyAccount', subjectType: 'user', subjectId: emptied.userId, data: { childId: child.id, linkId: link.id }, at: now });
    await forgetInbox(db, emptied.userId);
    await forgetUser(db, emptied.userId, now);
  }
  if (!(await giveChildWeChat(db, child.id, openid))) {
    const again = await actorByOpenid(db, openid, now);
    if (again?.userId === child.id) return { childName: child.name, alreadyLinked: true };
    throw fail.conflict(LINK_MESSAGES.taken);
  }
  await markChildLinkUsed(db, link.id, now);
  const actor = await actorByOpenid(db, openid, now);
  if (!actor) throw fail.unauthenticated();
  await recordAudit(db, actor, { role: 'minor', action: 'households.linkChild', subjectType: 'user', subjectId: child.id, data: { linkId: link.id, codeBy: link.createdBy }, at: now });
  const guardians = await guardiansOf(db, child.id);
  await deliver(
    db,
    child.countyId,
    guardians.map((g) => ({
      userId: g.id,
      kind: 'household',
      title: `${child.name}已经用自己的微信登录了`,
      body: `${child.name}的微信现在就是孩子账号。孩子在自己手机上推荐家庭、填问卷，和在您手机上的“孩子模式”一样，都要监护人同意才会公开。`,
      link: '/features/household/pages/children/index',
      sourceKey: `child:${child.id}:linked`,
    })),
    now,
  );
  return { childName: child.name, alreadyLinked: false };
}
