/**
 * What a person can allow WeChat to tell them, one subscribe-message template
 * each. Inbox kinds map onto them; a kind with no topic stays in the inbox only.
 */
export const TOPICS = ['progress', 'notice', 'activity', 'review', 'work'] as const;
export type Topic = (typeof TOPICS)[number];

const BY_KIND: Record<string, Topic> = {
  report: 'progress',
  matter: 'progress',
  notice: 'notice',
  questionnaire: 'notice',
  activity: 'activity',
  volunteers: 'activity',
  mall: 'activity',
  help: 'activity',
  points: 'activity',
  family: 'review',
  'good-people': 'review',
  consent: 'review',
  appointment: 'review',
  household: 'review',
  // 工作提醒: the command structure's news for working people (督查暗访, 督查通报, 月度考核, 任务)
  inspection: 'work',
  task: 'work',
  assessment: 'work',
};

export function topicOf(kind: string): Topic | null {
  return BY_KIND[kind] ?? null;
}
