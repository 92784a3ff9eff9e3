import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Actor } from './actor';
import type { DB } from '../db/schema';

/** What a use case gets: a transaction, the resolved caller and the time. */
export interface UseCaseContext {
  db: Kysely<DB>;
  actor: Actor;
  now: Date;
}

export interface ActionDef<S extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: S;
  run(ctx: UseCaseContext, input: z.output<S>): Promise<O>;
}

export function defineAction<S extends z.ZodTypeAny, O>(def: ActionDef<S, O>): ActionDef<S, O> {
  return def;
}

export interface ModuleDef {
  name: string;
  actions: Record<string, ActionDef>;
}

export function defineModule(name: string, actions: Record<string, ActionDef>): ModuleDef {
  return { name, actions };
}
