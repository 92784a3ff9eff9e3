import type { Notice } from '../inbox/facade';

export const RANKING_LINK = (month: string) => `/features/assessment/pages/ranking/index?month=${month}`;

/** "2026-11" → "2026年11月" */
export const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** Community staff hear that their month's ranking is out, with their place in it. */
export function publishedNotice(month: string, userId: string, row: { communityName: string; rank: number | null; total: number | null }, of: number): Notice {
  const standing = row.rank === null || row.total === null ? `${row.communityName}本月没有考核数据，未参加排名。` : `${row.communityName}得分${row.total}，全县第${row.rank}名（共${of}个社区）。`;
  return { userId, kind: 'assessment', title: `${monthWords(month)}考核排名已发布`, body: `${standing}点开查看各项得分。`, link: RANKING_LINK(month), sourceKey: `assessment:${month}:published` };
}
