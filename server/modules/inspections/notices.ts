import type { Notice } from '../inbox/facade';

export const MY_SITES_LINK = '/features/inspections/pages/my-sites/index';
export const BULLETIN_LINK = (roundId: string) => `/features/inspections/pages/bulletin/index?id=${roundId}`;

/** An inspector hears of the sites of a new round that are theirs (only they and the command centre know of it). */
export function assignedNotice(roundId: string, userId: string, sites: string[]): Notice {
  return {
    userId,
    kind: 'inspection',
    title: '新的督查暗访任务',
    body: `请按清单暗访${sites.length}个点位：${sites.slice(0, 3).join('、')}${sites.length > 3 ? '等' : ''}。暗访期间请不要告诉被检查单位。`,
    link: MY_SITES_LINK,
    sourceKey: `inspection:${roundId}:assigned`,
  };
}

/** Staff of an inspected community hear that the bulletin is out. */
export function publishedNotice(roundId: string, title: string, userId: string, community: string): Notice {
  return { userId, kind: 'inspection', title: `督查通报：${title}`, body: `${community}的点位已在通报中，请查看得分和排名，抓紧整改。`, link: BULLETIN_LINK(roundId), sourceKey: `inspection:${roundId}:published` };
}
