import type { Notice } from '../inbox/facade';
import type { HelpRow } from './repo';

export const detailLink = (id: string) => `/features/help/pages/detail/index?id=${id}`;

/** Who hears for the requester: the requester, or the staff member who posted for a named person. */
export const requesterSide = (r: Pick<HelpRow, 'requesterId' | 'postedBy'>) => r.requesterId ?? r.postedBy;

const what = (r: Pick<HelpRow, 'kind' | 'forName'>, label: string) => (r.forName ? `${r.forName}的${label}` : `您的${label}`);

export function acceptedNotice(r: HelpRow, label: string): Notice {
  return {
    userId: requesterSide(r),
    kind: 'help',
    title: `有人接单了：${label}`,
    body: `志愿者${r.helperName}接了${what(r, label)}需求，会按约定的时间来。帮完后请在互助页面点“确认完成”。`,
    link: detailLink(r.id),
    // Once per acceptance: a request given up and taken again is announced again.
    sourceKey: `help:${r.id}:accepted:${r.acceptedAt ? new Date(r.acceptedAt).getTime() : 0}`,
  };
}

/** The other side confirmed; when both have, the points are paid. */
export function confirmedNotice(r: HelpRow, label: string, by: 'requester' | 'helper', paid: boolean): Notice {
  if (by === 'helper') {
    return {
      userId: requesterSide(r),
      kind: 'help',
      title: paid ? `互助完成：${label}` : `请确认：${label}`,
      body: paid ? `${r.helperName}也确认了，${r.points}积分已付给对方。谢谢您！` : `${r.helperName}说已经帮完了。如果确实帮过了，请在互助页面点“确认完成”；没有的话点“没有进行”。`,
      link: detailLink(r.id),
      sourceKey: `help:${r.id}:helper-confirmed`,
    };
  }
  return {
    userId: r.helperId!,
    kind: 'help',
    title: paid ? `${r.points}积分已到账：${label}` : `对方已确认：${label}`,
    body: paid ? `对方确认您帮完了，${r.points}积分已到账，${r.minutes}分钟记入您的互助时长。帮人的人有人帮！` : `对方确认您帮完了。请您也点“确认完成”，积分就会到账。`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:requester-confirmed`,
  };
}

export function disputedNotices(r: HelpRow, label: string, by: string, reason: string, staff: string[]): Notice[] {
  const sides = [requesterSide(r), r.helperId!].filter((u) => u !== by);
  const parties = sides.map((userId) => ({
    userId,
    kind: 'help',
    title: `互助有争议：${label}`,
    body: `对方说：${reason}。社区工作人员会了解情况后处理，积分先由平台保管。`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:disputed`,
  }));
  const desk = staff
    .filter((u) => u !== by)
    .map((userId) => ({
      userId,
      kind: 'help',
      title: `请处理互助争议：${label}`,
      body: `${r.communityName}的一单互助（${r.points}积分）有争议：${reason}。请了解情况后决定付给帮忙的人，还是退回积分。`,
      link: detailLink(r.id),
      sourceKey: `help:${r.id}:dispute-desk`,
    }));
  return [...parties, ...desk];
}

export function resolvedNotices(r: HelpRow, label: string, decision: 'pay' | 'refund', reason: string): Notice[] {
  const outcome = decision === 'pay' ? `${r.points}积分付给了帮忙的人` : `${r.points}积分退回给了求助的人`;
  return [requesterSide(r), r.helperId!].map((userId) => ({
    userId,
    kind: 'help',
    title: `社区已处理：${label}`,
    body: `社区工作人员处理了这单互助的争议：${outcome}。理由：${reason}`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:resolved`,
  }));
}

export function expiredNotice(r: HelpRow, label: string): Notice {
  return {
    userId: requesterSide(r),
    kind: 'help',
    title: `没有人接单：${label}`,
    body: `${what(r, label)}需求到了约定的时间还没有人接单，已经自动取消，${r.points}积分已退回。需要的话可以换个时间再发布。`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:expired`,
  };
}

/** The helper gave the request up: it waits for another helper, the points stay held. */
export function gaveUpNotice(r: HelpRow, label: string, reason: string | undefined, at: Date): Notice {
  return {
    userId: requesterSide(r),
    kind: 'help',
    title: `接单的志愿者来不了：${label}`,
    body: `${r.helperName}来不了了${reason ? `（${reason}）` : ''}。${what(r, label)}需求已重新等人接单，${r.points}积分仍由平台保管；到约定时间还没有人接，积分会自动退回。`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:gave-up:${at.getTime()}`,
  };
}

/** The requester asks the helper to agree to a cancel. */
export function cancelAskedNotice(r: HelpRow, label: string, reason: string, at: Date): Notice {
  return {
    userId: r.helperId!,
    kind: 'help',
    title: `对方想取消：${label}`,
    body: `求助的人想取消这单互助：${reason}。请在互助页面点“同意取消”或“不同意”。`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:cancel-asked:${at.getTime()}`,
  };
}

/** The helper answered the ask: agreed (points back) or declined. */
export function cancelAnsweredNotice(r: HelpRow, label: string, agree: boolean, at: Date): Notice {
  return {
    userId: requesterSide(r),
    kind: 'help',
    title: agree ? `对方同意取消：${label}` : `对方没有同意取消：${label}`,
    body: agree
      ? `${r.helperName}同意取消，这单互助已取消，${r.points}积分已退回。`
      : `${r.helperName}没有同意取消，这单互助照常进行。如果确实进行不了，可以在互助页面点“没有进行”，请社区工作人员处理。`,
    link: detailLink(r.id),
    sourceKey: `help:${r.id}:cancel-answered:${at.getTime()}`,
  };
}
