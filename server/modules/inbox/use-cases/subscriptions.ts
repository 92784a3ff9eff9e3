import type { UseCaseContext } from '../../../core/action';
import type { Topic } from '../../../core/notify/topics';
import { addSubscribeGrants } from '../repo';

export function subscribeTemplates(ctx: UseCaseContext): Partial<Record<Topic, string>> {
  return ctx.messenger?.templates() ?? {};
}

/** Counts the person's "allow" taps: each lets one message of the topic through (WeChat's one-time subscription). */
export async function recordSubscriptions(ctx: UseCaseContext, input: { topics: Topic[] }): Promise<{ topics: Topic[] }> {
  const topics = [...new Set(input.topics)];
  await addSubscribeGrants(ctx.db, ctx.actor.userId, topics, ctx.now);
  return { topics };
}
