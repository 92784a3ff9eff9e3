import { createHash } from 'node:crypto';
import type { GoodPersonCategory } from './categories';

/**
 * A good person's nomination history: each step it took, who took it and in
 * which capacity, and what would be published afterwards (as a hash: the
 * version a consent covers, without a second copy of the story).
 */
export type GoodPersonEventType = 'submitted' | 'consent_given' | 'consent_refused' | 'revised' | 'reviewed' | 'awarded' | 'consent_withdrawn' | 'withdrawn';

/**
 * `nominee`: answered with the code themselves; `guardian`: an adult answered
 * the code of a 新时代好少年 for the child; `system`: withdrawn because the
 * nominator's account was deleted (注销).
 */
export type GoodPersonActorRole = 'nominator' | 'nominee' | 'guardian' | 'staff' | 'admin' | 'system';

export type ReviewDecision = 'approve' | 'changes' | 'reject';

/** What is (to be) published: the name, the category, the story, the photos — never the contact. */
export interface PublishedStory {
  nomineeName: string;
  category: GoodPersonCategory;
  story: string;
  photos: readonly string[];
}

/** SHA-256 (hex) of what would be published. */
export function storyHash(s: PublishedStory): string {
  return createHash('sha256')
    .update(JSON.stringify([s.nomineeName, s.category, s.story, [...s.photos]]))
    .digest('hex');
}

/** Who answers the code: the nominee, or for 新时代好少年 an adult for the child. */
export function codeAnswererRole(category: GoodPersonCategory): 'nominee' | 'guardian' {
  return category === 'youth' ? 'guardian' : 'nominee';
}

/** Staff of the nomination's community act as staff; anyone else who may review is the command centre. */
export function reviewerRole(isStaffOfCommunity: boolean): 'staff' | 'admin' {
  return isStaffOfCommunity ? 'staff' : 'admin';
}

const REVIEWED: Record<ReviewDecision, string> = { approve: '审核通过，公开展示', changes: '请推荐人修改', reject: '未通过审核' };
const ANSWERER: Record<'nominee' | 'guardian', string> = { nominee: '本人', guardian: '家长' };

/** How the nominee's side answered: with the one-time code, or from the request in 消息. */
export type ConsentChannel = 'code' | 'inbox';

type LabelFacts = {
  type: GoodPersonEventType;
  actorRole: GoodPersonActorRole;
  decision: ReviewDecision | null;
  awardTitle: string | null;
  /** Absent or null on answers recorded before channels were (they were all by code). */
  channel?: ConsentChannel | null;
  /** A revision after consent, which asked the nominee to agree again. */
  asksConsent?: boolean;
};

/** What a step is called on the timeline. */
export function eventLabel(e: LabelFacts): string {
  // the nominee's side answering themselves (with the code or in 消息), as against staff for them
  const byCode = e.actorRole === 'nominee' || e.actorRole === 'guardian';
  switch (e.type) {
    case 'submitted':
      return '提交了推荐';
    case 'consent_given':
      if (!byCode) return '工作人员当面或电话确认，本人同意公开';
      return `${ANSWERER[e.actorRole as 'nominee' | 'guardian']}${e.channel === 'inbox' ? '在小程序消息里' : '用确认码'}同意公开`;
    case 'consent_refused':
      return `${byCode ? ANSWERER[e.actorRole as 'nominee' | 'guardian'] : '本人'}婉拒公开展示`;
    case 'revised':
      return e.asksConsent ? '修改后重新提交，请被推荐人重新同意' : '修改后重新提交';
    case 'reviewed':
      return e.decision ? REVIEWED[e.decision] : '已审核';
    case 'awarded':
      return `授予“${e.awardTitle ?? ''}”称号`;
    case 'consent_withdrawn':
      return byCode ? `${ANSWERER[e.actorRole as 'nominee' | 'guardian']}撤回同意，已撤下展示` : '受本人委托撤下展示';
    case 'withdrawn':
      return e.actorRole === 'system' ? '推荐人注销了账号，推荐已撤回' : '撤回推荐';
  }
}

/** In which capacity the caller reads the history (one person may be several; the reviewer knows most). */
export interface HistoryReader {
  reviewer: boolean;
  nominator: boolean;
}

/**
 * Who took a step, as this reader may know them: the reviewers read every
 * name; the nominator reads their own, and the nominee's side and staff by
 * capacity (被推荐人本人, the community); the nominee who agreed reads their
 * own name and "推荐人" for the nominator — as the code's page never names who
 * nominated them.
 */
export function eventBy(e: { actorRole: GoodPersonActorRole; actorName: string | null }, community: string | null, reader: HistoryReader): string {
  const name = e.actorName ?? '';
  const office = community ?? '社区工作人员';
  switch (e.actorRole) {
    case 'nominator':
      return reader.reviewer || reader.nominator ? `${name}（推荐人）` : '推荐人';
    case 'nominee':
      return reader.nominator && !reader.reviewer ? '被推荐人本人' : `${name}（被推荐人本人）`;
    case 'guardian':
      return reader.nominator && !reader.reviewer ? '被推荐人的家长' : `${name}（被推荐人的家长）`;
    case 'staff':
      return reader.reviewer ? `${name}（${office}）` : office;
    case 'admin':
      return reader.reviewer ? `${name}（县创文指挥中心）` : '县创文指挥中心';
    case 'system':
      return '系统';
  }
}
