import { beijingDay } from '../../../core/clock';

/**
 * Minor status follows the birth month when it is known: a person is a minor
 * through the month of their 18th birthday (we know the month, not the day,
 * so the benefit of the doubt goes to the child) and an adult from the month
 * after, without anyone acting. Without a birth month the stored flag holds.
 */
export function adultBornBefore(now: Date): string {
  const month = beijingDay(now).slice(0, 7);
  return `${Number(month.slice(0, 4)) - 18}${month.slice(4)}`;
}

export function isMinorNow(person: { birthMonth: string | null; isMinor: boolean }, now: Date): boolean {
  return person.birthMonth ? person.birthMonth >= adultBornBefore(now) : person.isMinor;
}

/** Under 14 in this month: PIPL's stricter treatment (a guardian's consent for everything published, no contact data). */
export function isUnder14(birthMonth: string | null, now: Date): boolean {
  if (!birthMonth) return false;
  const month = beijingDay(now).slice(0, 7);
  return birthMonth >= `${Number(month.slice(0, 4)) - 14}${month.slice(4)}`;
}

/** Whole years of age in this month (the birthday counted at the start of its month). */
export function ageInYears(birthMonth: string, now: Date): number {
  const [y, m] = beijingDay(now).slice(0, 7).split('-').map(Number);
  const [by, bm] = birthMonth.split('-').map(Number);
  return y - by - (m < bm ? 1 : 0);
}
