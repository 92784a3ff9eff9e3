import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Actor } from './actor';
import type { DB } from '../db/schema';
import type { ContentScene } from './content-safety/port';
import { newcomers, type Policy } from './authorize';
import type { FileStore } from './files/port';
import type { SubscribeMessenger } from './notify/port';
import type { PhoneNumbers } from './phone-numbers/port';
import type { MiniProgramCodes } from './mini-program-codes/port';
import type { ServerKeys } from './server-keys';

/** What a use case gets: a transaction, the resolved caller, the time and the content check. */
export interface UseCaseContext {
  db: Kysely<DB>;
  actor: Actor;
  /** The caller's platform openid: content checks name the author. */
  openid: string;
  now: Date;
  /** Where uploaded photos are kept. */
  files: FileStore;
  /** WeChat subscribe messages, in the cloud functions only. */
  messenger?: SubscribeMessenger;
  /** WeChat's phone-number exchange, in the cloud functions only. */
  phoneNumbers?: PhoneNumbers;
  /** WeChat's 小程序码, in the cloud functions only. */
  miniProgramCodes?: MiniProgramCodes;
  /** The deployment's secret keys (seal, pickup codes): the only way a use case reaches one. */
  keys: ServerKeys;
}

/**
 * Text of this call that other people will see, checked for content safety
 * before the transaction opens: a slow check (WeChat's msgSecCheck, bounded by
 * a timeout) then holds no lock and no connection. Use cases cannot check text
 * themselves: the context carries no content check.
 */
export interface TextCheck<I> {
  scene: ContentScene;
  /** Field name → text; empty ones are skipped, the first unsafe one is refused as VALIDATION on its field. */
  fields(input: I): Record<string, string | undefined>;
}

export interface ActionDef<S extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: S;
  /**
   * Who may call this action at all (core/authorize.ts), asked by the
   * dispatcher before anything else runs. Required: an action without one does
   * not type-check, and the access table test lists every action's policy.
   */
  authorize: Policy<z.output<S>>;
  run(ctx: UseCaseContext, input: z.output<S>): Promise<O>;
  /** Text others will see, checked before the transaction (see TextCheck). */
  texts?: TextCheck<z.output<S>>;
  /**
   * Only reads: runs without BEGIN/COMMIT (each statement sees the data
   * committed when it starts, as it would inside a READ COMMITTED transaction),
   * and any write it tries is refused before it is sent. Every other action
   * runs in one transaction.
   */
  readOnly?: boolean;
  /** Set by defineNewcomerAction: the caller may be unknown, and `ctx.actor` is then null. */
  acceptsNewcomers?: boolean;
  /**
   * A child may do this in child mode on a guardian's phone (the call names the
   * child; the server checks the guardianship, and `ctx.actor` is the child).
   * Every other action refuses child mode.
   */
  childMode?: boolean;
}

export function defineAction<S extends z.ZodTypeAny, O>(def: ActionDef<S, O>): ActionDef<S, O> {
  return def;
}

/** What an action open to newcomers gets: `actor` is null for a WeChat user the server has never seen. */
export type NewcomerContext = Omit<UseCaseContext, 'actor'> & { actor: Actor | null };

/**
 * An action a WeChat user may call before they belong to any county (opening
 * an invitation, claiming a county): the dispatcher does not register them in
 * the deployment's default county first, so the action decides where they
 * belong. It runs in one transaction like any other.
 */
export function defineNewcomerAction<S extends z.ZodTypeAny, O>(def: { input: S; run(ctx: NewcomerContext, input: z.output<S>): Promise<O> }): ActionDef<S, O> {
  return { input: def.input, authorize: newcomers, run: def.run as ActionDef<S, O>['run'], acceptsNewcomers: true };
}

export interface ModuleDef {
  name: string;
  actions: Record<string, ActionDef>;
}

export function defineModule(name: string, actions: Record<string, ActionDef>): ModuleDef {
  return { name, actions };
}
