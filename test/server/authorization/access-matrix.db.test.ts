import fc from 'fast-check';
import type { Role } from '../../../server/core/actor';
import type { Envelope } from '../../../server/core/result';
import type { DemoKey } from '../../../server/db/seed/demo-county';
import { modules } from '../../../server/modules';
import { dispatch } from '../../../server/runtime/dispatch';
import { seedCounty, TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { writeCounter } from '../../support/write-counter';
import { arbitraryFor, idsIn } from '../../support/zod-arbitrary';
import { TINY_JPEG } from '../modules/reports/report-fixtures';
import { ACCESS } from './access-table';

const t = useTestDatabase();
jest.setTimeout(120_000);

/** The seeded people and the roles the seed gives them (server/db/seed/demo-county.ts). */
const PERSONAS: Partial<Record<DemoKey, Role[]>> = {
  resident: [],
  guardian: [],
  minor: ['minor'],
  captain: ['captain'],
  volunteer: ['volunteer'],
  team_lead: ['volunteer', 'team_lead'],
  staff: ['staff'],
  handler: ['handler'],
  admin: ['admin'],
  station: ['station'],
  inspector: ['inspector'],
  area_lead: ['area_lead'],
};

/** What the table's policy names mean, for one of the seeded people. */
function allows(policy: string, persona: DemoKey): boolean {
  if (policy === 'anyone' || policy === 'newcomers') return true;
  if (policy === 'adults') return persona !== 'minor';
  const roles = PERSONAS[persona] ?? [];
  return policy.split('|').some((role) => roles.includes(role as Role));
}

const isGateRefusal = (envelope: Envelope) => !envelope.ok && envelope.error.code === 'FORBIDDEN' && envelope.error.details?.[0]?.field === '(caller)';
const describe_ = (envelope: Envelope) => (envelope.ok ? 'ok' : `${envelope.error.code} ${envelope.error.message}`);

/** Inputs no generator guesses: a photo's bytes, a typed confirmation. */
const GIVEN_INPUTS: Record<string, unknown> = {
  'files.upload': { data: TINY_JPEG },
  'privacy.deleteAccount': { confirm: '注销' },
};

/** An input the action's schema accepts, with ids of the county's own things. */
function validInput(county: TestCounty, schema: Parameters<typeof arbitraryFor>[0], name: string): unknown {
  if (name in GIVEN_INPUTS) return GIVEN_INPUTS[name];
  const { runtime: _ignored, ...seeded } = county;
  const samples = fc.sample(arbitraryFor(schema, { ids: idsIn(seeded) }), { numRuns: 200, seed: 7 });
  const found = samples.find((sample) => schema.safeParse(sample).success);
  if (found === undefined) throw new Error('no valid input found for the schema');
  return found;
}

describe('the access table', () => {
  it('names every action of every module, with the policy its handler declares, and nothing else', () => {
    const declared = Object.fromEntries(modules.flatMap((m) => Object.entries(m.actions).map(([action, def]) => [`${m.name}.${action}`, def.authorize.name])));
    expect(declared).toEqual(ACCESS);
  });
});

describe('every action, called by each kind of person its policy refuses', () => {
  for (const module of modules) {
    it(`${module.name}: refused at the gate with FORBIDDEN (no caller: UNAUTHENTICATED), before any write; let through otherwise`, async () => {
      const county = await seedCounty(t.db);
      const { counter, plugin } = writeCounter();
      const runtime = { ...county.runtime, db: county.runtime.db.withPlugin(plugin), log: () => undefined };
      const mismatches: string[] = [];
      for (const [action, def] of Object.entries(module.actions)) {
        const name = `${module.name}.${action}`;
        const input = validInput(county, def.input, name);
        counter.writes = 0;
        const nobody = await dispatch(runtime, module, { action, input }, { openid: undefined });
        if (nobody.ok || nobody.error.code !== 'UNAUTHENTICATED' || counter.writes > 0) mismatches.push(`${name} without a caller: ${describe_(nobody)}`);
        for (const persona of Object.keys(PERSONAS) as DemoKey[]) {
          counter.writes = 0;
          const answer = await dispatch(runtime, module, { action, input }, { openid: county.people[persona].openid });
          if (allows(ACCESS[name], persona)) {
            if (isGateRefusal(answer)) mismatches.push(`${name} as ${persona}: refused at the gate, the table lets them through`);
          } else if (!isGateRefusal(answer) || counter.writes > 0) {
            mismatches.push(`${name} as ${persona}: ${describe_(answer)} with ${counter.writes} writes, the table refuses them`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('a person of another county', () => {
  it('changes nothing of this county: no action that writes succeeds on its things', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const outsider = { openid: other.people.admin.openid };
    const successes: string[] = [];
    for (const module of modules) {
      for (const [action, def] of Object.entries(module.actions)) {
        if (def.readOnly) continue;
        const input = validInput(county, def.input, `${module.name}.${action}`);
        if (idsIn(input).length === 0) continue;
        const answer = await dispatch(county.runtime, module, { action, input }, outsider);
        // Choosing a county is a newcomer's step: someone known stays where they are, and is told so.
        if (`${module.name}.${action}` === 'identity.join' && answer.ok) {
          expect(answer.data).toEqual({ countyId: other.countyId, joined: false });
          continue;
        }
        if (answer.ok) successes.push(`${module.name}.${action}`);
      }
    }
    expect(successes).toEqual([]);
  });
});
