import type { UseCaseContext } from '../../../core/action';
import type { HoursView } from '../contracts';
import { monthOf } from '../domain/periods';
import { hoursRecords } from '../rows';
import { hoursRecord } from '../views';

/** The caller's certified hours by Beijing month and organiser, newest month first, and every record. */
export async function myHours({ db, actor }: UseCaseContext): Promise<HoursView> {
  const records = (await hoursRecords(db, actor.userId)).map(hoursRecord);
  const months = new Map<string, Map<string, number>>();
  for (const r of records) {
    const month = months.get(monthOf(r.servedOn)) ?? new Map<string, number>();
    month.set(r.organiser, (month.get(r.organiser) ?? 0) + r.minutes);
    months.set(monthOf(r.servedOn), month);
  }
  return {
    totalMinutes: records.reduce((sum, r) => sum + r.minutes, 0),
    months: [...months.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([month, teams]) => ({
        month,
        minutes: [...teams.values()].reduce((sum, m) => sum + m, 0),
        teams: [...teams.entries()].map(([teamName, minutes]) => ({ teamName, minutes })).sort((a, b) => b.minutes - a.minutes || a.teamName.localeCompare(b.teamName, 'zh-CN')),
      })),
    records,
  };
}
