import type { GoodPersonCategory } from './categories';

/**
 * Who is asked in the app (消息) to answer a good-person nomination, from the
 * people whose verified phone is the nomination's contact. Pure: the use case
 * reads the facts.
 *
 * - Nobody, or more than one person, has the number: no in-app request (a
 *   number shared or passed on is no way to tell who the nominee is); the
 *   one-time code and staff's in-person confirmation remain, as always.
 * - The owner is a minor: never the child — each of their guardians is asked.
 * - An adult owner of a 新时代好少年 nomination: the number is a parent's (a
 *   child rarely has one); they answer as the guardian, as with the code.
 * - Otherwise the owner answers as the nominee themselves.
 * - The nominator is never asked: nobody answers their own nomination.
 */
export interface PhoneOwner {
  userId: string;
  isMinor: boolean;
  /** The minor's guardians (empty for an adult). */
  guardianIds: readonly string[];
}

export interface ConsentAsk {
  userId: string;
  answererRole: 'nominee' | 'guardian';
}

export function whoToAsk(owners: readonly PhoneOwner[], category: GoodPersonCategory, nominatedBy: string): ConsentAsk[] {
  if (owners.length !== 1) return [];
  const [owner] = owners;
  const asks: ConsentAsk[] = owner.isMinor
    ? owner.guardianIds.map((userId) => ({ userId, answererRole: 'guardian' as const }))
    : [{ userId: owner.userId, answererRole: category === 'youth' ? 'guardian' : 'nominee' }];
  return asks.filter((a) => a.userId !== nominatedBy);
}

/** Only a mobile number identifies a person's account (a landline is shared by a household). */
export function isMobile(contact: string): boolean {
  return /^1\d{10}$/.test(contact);
}
