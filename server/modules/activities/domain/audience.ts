import type { ActivityAudience } from '../../../db/schema';

export const AUDIENCE_LABELS: Record<ActivityAudience, string> = {
  members: '本队队员',
  volunteers: '注册志愿者',
  residents: '所有居民',
};
