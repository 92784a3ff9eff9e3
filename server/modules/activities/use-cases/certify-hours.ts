import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { countEvent } from '../../dashboard/facade';
import { deliver, Notice } from '../../inbox/facade';
import { award } from '../../points/facade';
import { contactsOf } from '../../volunteers/facade';
import type { activitiesInputs, CertifyResult } from '../contracts';
import { pointsFor } from '../domain/windows';
import { detailLink } from '../links';
import { managesActivity, organiserRole } from '../permissions';
import { insertHours, signupsToCertify } from '../repo';
import { loadActivity } from '../rows';
import { sentence } from '../../../core/sentence';

type Input = z.output<typeof activitiesInputs.certify>;

const hoursText = (minutes: number) => `${(minutes / 60).toFixed(1)}小时`;

/**
 * The organiser certifies each person's hours: as scanned, or changed with a
 * reason. Points follow the scanned minutes only and are paid once per person
 * and activity (the ledger's source key); a person is certified once.
 */
export async function certifyHours(ctx: UseCaseContext, input: Input): Promise<CertifyResult[]> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId, true);
  if (!managesActivity(actor, a)) throw fail.forbidden('只有活动组织者可以确认服务时长');
  const ended = now.getTime() >= new Date(a.endsAt).getTime();
  const ids = input.entries.map((e) => e.signupId);
  if (new Set(ids).size !== ids.length) throw fail.validation('同一个人只能确认一次', [{ field: 'entries', message: '名单里有重复的人' }]);

  const signups = await signupsToCertify(db, a.id, ids);
  const byId = new Map(signups.map((s) => [s.id, s]));
  const contacts = await contactsOf(db, signups.map((s) => s.userId));

  const results: CertifyResult[] = [];
  const notices: Notice[] = [];
  for (const [i, entry] of input.entries.entries()) {
    const s = byId.get(entry.signupId);
    const field = `entries.${i}`;
    if (!s || s.status !== 'confirmed') throw fail.validation('名单里有人没有报名成功', [{ field, message: '这个人没有报名成功' }]);
    if (s.hoursId) throw fail.conflict('名单里有人的时长已经确认过了，请刷新后再试');
    if (!s.checkedOutAt && !ended) throw fail.conflict('活动结束后才能确认未签退的人');
    const scanned = s.scannedMinutes ?? 0;
    if (entry.minutes !== scanned && !entry.reason) throw fail.validation('改动签到时长需要写明原因', [{ field: `${field}.reason`, message: '请写明改动原因' }]);
    const { points, backfilled } = pointsFor(entry.minutes, scanned, a.pointsPerHour);
    const communityId = a.communityId ?? contacts.get(s.userId)?.communityId ?? null;
    const servedOn = beijingDay(new Date(a.startsAt));
    await insertHours(db, {
      id: newId(),
      countyId: actor.countyId,
      userId: s.userId,
      activityId: a.id,
      signupId: s.id,
      teamId: a.teamId,
      communityId,
      servedOn,
      minutes: entry.minutes,
      scannedMinutes: scanned,
      backfilled,
      points,
      reason: entry.reason ?? null,
      certifiedBy: actor.userId,
      certifiedAt: now,
    });
    await countEvent(db, { countyId: actor.countyId, metric: 'volunteer_minutes', at: servedOn, communityId, amount: entry.minutes });
    if (points > 0) {
      await award(db, { countyId: actor.countyId, userId: s.userId, amount: points, sourceKey: `activity:${a.id}:${s.userId}`, kind: 'volunteer_hours', memo: `志愿服务「${a.title}」${hoursText(Math.min(entry.minutes, scanned))}`, at: now });
    }
    notices.push({
      userId: s.userId,
      kind: 'activity',
      title: `服务时长已确认：${a.title}`,
      body: `${a.organiserName}确认了您的服务时长${hoursText(entry.minutes)}${backfilled ? '（含补录）' : ''}${points > 0 ? `，获得${points}积分` : ''}。${entry.reason ? `说明：${sentence(entry.reason)}` : ''}`,
      link: detailLink(a.id),
      sourceKey: `activity:${a.id}:hours:${s.id}`,
    });
    results.push({ signupId: s.id, minutes: entry.minutes, backfilled, points });
  }
  await deliver(db, actor.countyId, notices, now);
  await recordAudit(db, actor, { role: organiserRole(actor, a), action: 'activities.certify', subjectType: 'activity', subjectId: a.id, data: { entries: input.entries }, at: now });
  return results;
}
