import { sql } from 'kysely';
import type { UseCaseContext } from '../../../core/action';
import type { Topic } from '../../../core/notify/topics';

export function subscribeTemplates(ctx: UseCaseContext): Partial<Record<Topic, string>> {
  return ctx.messenger?.templates() ?? {};
}

/** Counts the person's "allow" taps: each lets one message of the topic through (WeChat's one-time subscription). */
export async function recordSubscriptions(ctx: UseCaseContext, input: { topics: Topic[] }): Promise<{ topics: Topic[] }> {
  const topics = [...new Set(input.topics)];
  await ctx.db
    .insertInto('subscribeGrants')
    .values(topics.map((topic) => ({ userId: ctx.actor.userId, topic, remaining: 1, updatedAt: ctx.now })))
    .onConflict((oc) => oc.columns(['userId', 'topic']).doUpdateSet({ remaining: sql`least(subscribe_grants.remaining + 1, 50)`, updatedAt: ctx.now }))
    .execute();
  return { topics };
}
