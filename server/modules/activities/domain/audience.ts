/** Who may sign up: the organising team's members, any registered volunteer, or anyone. */
export type Audience = 'members' | 'volunteers' | 'residents';

export const AUDIENCE_LABELS: Record<Audience, string> = {
  members: '本队队员',
  volunteers: '注册志愿者',
  residents: '所有居民',
};
