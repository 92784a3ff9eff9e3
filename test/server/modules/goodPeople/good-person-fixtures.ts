import { randomUUID } from 'node:crypto';
import { addPeople, data, ExtraPerson, TestCounty } from '../../../support/app';

export const STORY = '楼下的赵大爷每天早上六点就拿着扫帚把整条巷子扫一遍，十年如一日。下雨天他还会把积水扫开，方便上学的孩子们走过，冬天下雪他第一个出来铲雪撒盐。';

/** The private details every nomination here carries: none may ever reach a public answer. */
export const CONTACT = '13800001111';

export interface NominatedPerson {
  goodPersonId: string;
  /** The nominee, who agreed with the code (and so may withdraw). */
  nominee: ExtraPerson;
}

/** A nomination by 王建国 (guardian) of 幸福里社区, which the nominee agreed to with the code; not yet reviewed. */
export async function nominated(county: TestCounty, name = '赵德明', category = 'helping'): Promise<NominatedPerson> {
  const { goodPersonId, consentCode } = data<{ goodPersonId: string; consentCode: string }>(
    await county.as('guardian')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category, nomineeName: name, nomineeContact: CONTACT, story: STORY }),
  );
  const [nominee] = await addPeople(county, 1, { name });
  data(await nominee.call('goodPeople', 'consentByCode', { code: consentCode, agree: true }));
  return { goodPersonId, nominee };
}

/** Nominated, agreed, and approved by the community's staff: shown in 身边好人. */
export async function approvedGoodPerson(county: TestCounty, name = '赵德明', category = 'helping'): Promise<NominatedPerson> {
  const person = await nominated(county, name, category);
  data(await county.as('staff')('goodPeople', 'review', { goodPersonId: person.goodPersonId, decision: 'approve' }));
  return person;
}
