import fc from 'fast-check';
import type { Kysely } from 'kysely';
import type { ContentSafety } from '../../../server/core/content-safety/port';
import type { DB } from '../../../server/db/schema';
import { modules } from '../../../server/modules';
import { dispatch } from '../../../server/runtime/dispatch';
import { seedCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { arbitraryFor, idsIn } from '../../support/zod-arbitrary';

const t = useTestDatabase();

/** The database, telling whether one of the dispatcher's transactions is open right now. */
function watchedDatabase(db: Kysely<DB>) {
  const state = { open: 0 };
  const watched = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'transaction') {
        return () => {
          const builder = target.transaction();
          return {
            execute: async <T>(fn: (trx: Kysely<DB>) => Promise<T>) => {
              state.open += 1;
              try {
                return await builder.execute(fn);
              } finally {
                state.open -= 1;
              }
            },
          };
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { watched, state };
}

describe('content checks', () => {
  const checked = modules.flatMap((module) => Object.entries(module.actions).filter(([, def]) => def.texts).map(([action, def]) => ({ module, action, def })));

  it('are declared by the actions that write text others see', () => {
    const names = checked.map(({ module, action }) => `${module.name}.${action}`);
    expect(names).toEqual(expect.arrayContaining(['reports.submit', 'notices.post', 'families.nominate', 'goodPeople.nominate', 'questionnaires.submit', 'identity.updateProfile', 'activities.create']));
  });

  it.each(checked.map(({ module, action }) => [`${module.name}.${action}`]))('%s checks its text before its transaction opens, holding no lock while WeChat answers', async (name) => {
    const { module, action, def } = checked.find((c) => `${c.module.name}.${c.action}` === name)!;
    const county = await seedCounty(t.db);
    const { watched, state } = watchedDatabase(county.runtime.db);
    const seen: boolean[] = [];
    // Refuses everything: the call stops at the check, so nothing is written whatever the input.
    const contentSafety: ContentSafety = { check: async () => (seen.push(state.open > 0), { ok: false, reason: '不行' }) };
    const runtime = { ...county.runtime, db: watched, contentSafety, log: () => undefined };
    const { runtime: _ignored, ...seeded } = county;
    const samples = fc.sample(arbitraryFor(def.input, { ids: idsIn(seeded) }), { numRuns: 60, seed: 42 });
    // Whoever the action's policy lets through: the command centre, or a captain, staff member, handler, inspector or volunteer.
    const callers = (['admin', 'staff', 'captain', 'handler', 'team_lead', 'guardian', 'inspector', 'volunteer'] as const).map((key) => county.people[key].openid);
    for (const openid of callers) {
      for (const input of samples) {
        await dispatch(runtime, module, { action, input }, { openid });
        if (seen.length > 0) break;
      }
      if (seen.length > 0) break;
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain(true);
  });
});
