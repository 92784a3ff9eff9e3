import { answersToRelease, checkAnswers, talliesOfStored, tallyOrder } from '../../../../server/modules/questionnaires/domain/answers';
import type { AnswerValue, Question } from '../../../../server/modules/questionnaires/domain/rules';
import { openHeld, openPending, openSealed, paddedLength, seal, sealKeyFrom, sealPending } from '../../../../server/modules/questionnaires/seal';
import { keysFromEnv } from '../../../../server/runtime/server-keys';

const QUESTIONS: Question[] = [
  { id: 'q1', kind: 'single', title: '单选', options: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], required: true },
  { id: 'q2', kind: 'multiple', title: '多选', options: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], required: false },
  { id: 'q3', kind: 'rating', title: '评分', options: [], required: false },
  { id: 'q4', kind: 'text', title: '简答', options: [], required: false },
];
const KEY = sealKeyFrom({ questionnaireSeal: '11'.repeat(32), development: false });
const WHERE = { questionnaireId: '8d3c0f4e-1b7a-4c55-9f3e-2a1d0c9b8e7f', heldId: '0b1e4a2c-6d5f-4e3a-8b9c-7d6e5f4a3b2c' };

describe('问卷: the seal on a held anonymous answer', () => {
  it('the key: 32 bytes from the environment; a development key only in tests, development and the demo', () => {
    expect(sealKeyFrom({ questionnaireSeal: Buffer.alloc(32, 7).toString('base64'), development: false }).development).toBe(false);
    expect(KEY.id).toMatch(/^[0-9a-f]{16}$/);
    expect(KEY.id).not.toContain('11'.repeat(8));
    expect(() => sealKeyFrom({ questionnaireSeal: 'abcd', development: true })).toThrow('32 bytes');
    for (const env of [{ NODE_ENV: 'test' }, { NODE_ENV: 'development' }, { DEMO: '1' }]) expect(sealKeyFrom(keysFromEnv(env)).development).toBe(true);
    for (const env of [{}, { NODE_ENV: 'production' }, { NODE_ENV: 'production', DEMO: '1' }]) expect(() => sealKeyFrom(keysFromEnv(env))).toThrow('QUESTIONNAIRE_SEAL_KEY is not set');
  });

  it('opens with its key, for its questionnaire and held row only; every answer to one questionnaire seals to one size', () => {
    const answers = { q1: '9', q2: ['0', '3', '9'], q3: 5, q4: '😀"\\\n'.repeat(125) };
    const sealed = seal(KEY, WHERE, QUESTIONS, answers);
    const held = { keyId: KEY.id, questionnaireId: WHERE.questionnaireId, id: WHERE.heldId, sealed };
    expect(openSealed([KEY], held)).toEqual(answers);
    expect(openSealed([sealKeyFrom({ questionnaireSeal: '22'.repeat(32), development: false })], held)).toBeNull();
    expect(openSealed([KEY], { ...held, id: '1b1e4a2c-6d5f-4e3a-8b9c-7d6e5f4a3b2c' })).toBeNull(); // copied to another row
    expect(openSealed([KEY], { ...held, questionnaireId: WHERE.heldId })).toBeNull(); // moved to another questionnaire
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] ^= 1;
    expect(openSealed([KEY], { ...held, sealed: flipped })).toBeNull();

    const samples: Record<string, AnswerValue>[] = [{ q1: '0' }, answers, { q1: '1', q4: '好' }, { q1: '2', q4: '\u0001'.repeat(500) }];
    const sizes = new Set(samples.map((a) => seal(KEY, WHERE, QUESTIONS, a).length));
    expect([...sizes]).toEqual([1 + 12 + 16 + paddedLength(QUESTIONS) + 36]);
  });

  it('keeps the respondent\'s community inside the seal, at one size with or without one; a community\'s waiting sums open only for their questionnaire and community', () => {
    const community = '5c0e7d1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
    const answers = { q1: '1', q3: 4 };
    const held = (communityId: string | null) => ({ keyId: KEY.id, questionnaireId: WHERE.questionnaireId, id: WHERE.heldId, sealed: seal(KEY, WHERE, QUESTIONS, answers, communityId) });
    expect(openHeld([KEY], held(community))).toEqual({ answers, communityId: community });
    expect(openHeld([KEY], held(null))).toEqual({ answers, communityId: null });
    expect(held(community).sealed.length).toBe(held(null).sealed.length);
    expect(held(community).sealed.includes(Buffer.from(community))).toBe(false);

    const where = { questionnaireId: WHERE.questionnaireId, communityId: community };
    const sealed = sealPending(KEY, where, { answers: 3, ratings: 4, ratingSum: 15 });
    expect(openPending([KEY], { ...where, keyId: KEY.id, sealed })).toEqual({ answers: 3, ratings: 4, ratingSum: 15 });
    expect(openPending([KEY], { ...where, communityId: WHERE.heldId, keyId: KEY.id, sealed })).toBeNull();
  });

  it('the tallies counted at the flush are those the submit checked; a batch is never smaller than what is kept back', () => {
    const checked = checkAnswers(QUESTIONS, { q1: 3, q2: [4, 1], q3: 2, q4: ' 好 ' });
    if (!checked.ok) throw new Error('expected valid answers');
    expect(tallyOrder(talliesOfStored(QUESTIONS, checked.value.stored))).toEqual(tallyOrder(checked.value.tallies));

    expect([0, 1, 5, 9].map((held) => answersToRelease(held, false, 5))).toEqual([0, 0, 0, 0]);
    expect([10, 11, 30].map((held) => answersToRelease(held, false, 5))).toEqual([5, 6, 25]);
    expect([1, 5, 7].map((held) => answersToRelease(held, true, 5))).toEqual([1, 5, 7]);
    expect([1, 3].map((held) => answersToRelease(held, false, 0))).toEqual([1, 3]);
  });
});
