import fc from 'fast-check';
import { loadCase } from '../../../../server/modules/reports/case-step';
import { CASE_STATUSES } from '../../../../server/modules/reports/domain/case-states';
import { addPerson, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { fileReport, movableClock, uploadPhotos } from './report-fixtures';

const t = useTestDatabase();

type Who = 'reporter' | 'staff' | 'otherStaff' | 'handler' | 'otherHandler' | 'admin' | 'stranger';
const EVERYONE: Who[] = ['reporter', 'staff', 'otherStaff', 'handler', 'otherHandler', 'admin', 'stranger'];
/** Who may do it: picked most of the time, so that sequences get deep into the workflow. */
const RIGHT_PERSON: Record<string, Who> = {
  accept: 'staff',
  assign: 'staff',
  reject: 'staff',
  start: 'handler',
  fix: 'handler',
  return: 'handler',
  confirm: 'reporter',
  dispute: 'reporter',
  rate: 'reporter',
  escalate: 'admin',
  wait: 'admin',
};
const ACTIONS = ['accept', 'assign', 'reject', 'start', 'fix', 'return', 'confirm', 'dispute', 'rate', 'escalate', 'wait'] as const;

/** The only answers an action may give: success or a refusal — never INTERNAL, never a half-written step. */
const ALLOWED_REFUSALS = new Set(['CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION']);

describe('random actions by random people on one case (through the real actions and database)', () => {
  it('never reach an illegal state, and the stored row always equals the replay of the stored events', async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            action: fc.constantFrom(...ACTIONS),
            who: fc.oneof({ weight: 3, arbitrary: fc.constant<Who | 'right'>('right') }, { weight: 1, arbitrary: fc.constantFrom<Who | 'right'>(...EVERYONE) }),
            n: fc.integer({ min: 1, max: 5 }),
          }),
          { minLength: 6, maxLength: 20 },
        ),
        async (steps) => {
          const { clock, advanceHours } = movableClock('2026-11-02T02:00:00Z');
          const county = await seedCounty(t.db, { clock });
          const people = await cast(county);
          const reportId = await fileReport(county);
          for (const { action, who: drawn, n } of steps) {
            const who = drawn === 'right' ? RIGHT_PERSON[action] : drawn;
            if (action === 'wait') {
              advanceHours(n * 20);
              continue;
            }
            const caller = people[who];
            const photos = action === 'fix' || action === 'dispute' ? await uploadPhotos(county, who === 'reporter' ? 'guardian' : who === 'handler' ? 'handler' : 'resident', 1) : undefined;
            const input = { reportId, reason: '原因说明', note: '处理说明', rating: n, photos };
            const cleaned = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && accepts(action, key)));
            const result = await caller('reports', action, cleaned);
            if (!result.ok) expect(ALLOWED_REFUSALS).toContain(result.error.code);
            // loadCase replays the events and throws if the row disagrees with them.
            const { state, row } = await loadCase(t.db, county.countyId, reportId, 'read');
            expect(CASE_STATUSES).toContain(state.status);
            reached.add(state.status);
            expect({ departmentId: row.departmentId, escalated: row.escalated, rating: row.rating }).toEqual({
              departmentId: state.departmentId,
              escalated: state.escalated,
              rating: state.rating,
            });
          }
        },
      ),
      { numRuns: 15, seed: 20261127 },
    );
    // The runs went deep enough to mean something.
    expect([...reached]).toEqual(expect.arrayContaining(['assigned', 'fixed']));
  });
});

function accepts(action: string, key: string): boolean {
  const fields: Record<string, string[]> = {
    accept: [],
    assign: [],
    reject: ['reason'],
    start: [],
    fix: ['note', 'photos'],
    return: ['reason'],
    confirm: [],
    dispute: ['reason', 'photos'],
    rate: ['rating'],
    escalate: [],
  };
  return key === 'reportId' || (fields[action] ?? []).includes(key);
}

async function cast(county: TestCounty) {
  const otherStaff = await addPerson(county, '和平社区网格员', 'staff', 'community', county.communities['和平社区']);
  const otherHandler = await addPerson(county, '住建局办事员', 'handler', 'department', county.departments['县住房和城乡建设局']);
  return {
    reporter: county.as('guardian'),
    staff: county.as('staff'),
    otherStaff: otherStaff.call,
    handler: county.as('handler'),
    otherHandler: otherHandler.call,
    admin: county.as('admin'),
    stranger: county.as('resident'),
  } satisfies Record<Who, unknown>;
}
