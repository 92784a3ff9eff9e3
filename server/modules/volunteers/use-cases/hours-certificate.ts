import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import type { CertificateView } from '../contracts';
import { certificateNumber } from '../domain/certificate-number';
import { countyOf } from '../../campaign/facade';
import { findProfile, hoursRecords } from '../rows';
import { hoursRecord } from '../views';

/**
 * 志愿服务记录证明 of the caller: their registered real name, the certified
 * hours and who certified them, dated today (Beijing) with a number that is
 * the same all day for this person.
 */
export async function hoursCertificate({ db, actor, now }: UseCaseContext): Promise<CertificateView> {
  const profile = await findProfile(db, actor.userId);
  if (!profile) throw fail.forbidden('请先注册成为志愿者，才能开具志愿服务记录证明');
  const [county, rows] = await Promise.all([countyOf(db, actor.countyId).then((c) => c.name), hoursRecords(db, actor.userId)]);
  const records = rows.map(hoursRecord);
  const issuedOn = beijingDay(now);
  return {
    number: certificateNumber(actor.countyId, actor.userId, issuedOn),
    realName: profile.realName,
    countyName: county,
    totalMinutes: records.reduce((sum, r) => sum + r.minutes, 0),
    activityCount: new Set(records.map((r) => r.activityId)).size,
    issuers: [...new Set(records.map((r) => r.organiser).filter((name) => name !== ''))],
    records,
    issuedOn,
  };
}
