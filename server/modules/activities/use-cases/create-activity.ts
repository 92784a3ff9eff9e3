import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail, FieldIssue } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { activitiesInputs, ActivityView } from '../contracts';
import { newCheckinSecret } from '../domain/checkin-code';
import { MAX_DURATION_MS } from '../domain/windows';
import { managesActivity, organiserRole } from '../permissions';
import { findCommunity } from '../../places/facade';
import { teamName } from '../../volunteers/facade';
import { insertActivity } from '../repo';
import { activityDetail } from './activity-detail';

type Input = z.output<typeof activitiesInputs.create>;

function timeIssues(input: Input, now: Date): FieldIssue[] {
  const starts = new Date(input.startsAt).getTime();
  const ends = new Date(input.endsAt).getTime();
  const deadline = new Date(input.signupDeadline).getTime();
  const issues: FieldIssue[] = [];
  if (starts <= now.getTime()) issues.push({ field: 'startsAt', message: '开始时间要晚于现在' });
  if (ends <= starts) issues.push({ field: 'endsAt', message: '结束时间要晚于开始时间' });
  else if (ends - starts > MAX_DURATION_MS) issues.push({ field: 'endsAt', message: '一场活动最长24小时，多天的活动请分场发布' });
  if (deadline > starts) issues.push({ field: 'signupDeadline', message: '报名截止时间不能晚于开始时间' });
  else if (deadline <= now.getTime()) issues.push({ field: 'signupDeadline', message: '报名截止时间要晚于现在' });
  return issues;
}

/** A team leader publishes a team activity, or community staff a community event: the same engine for both. */
export async function createActivity(ctx: UseCaseContext, input: Input): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const teamId = input.organiser.kind === 'team' ? input.organiser.teamId : null;
  const communityId = input.organiser.kind === 'community' ? input.organiser.communityId : null;
  if (!managesActivity(actor, { teamId, communityId })) throw fail.forbidden(teamId ? '只有本队队长可以发布队伍活动' : '只有本社区工作人员可以发布社区活动');
  // ids come from the client: an activity never points at another county's team or community.
  const organiser = teamId ? await teamName(db, actor.countyId, teamId) : (await findCommunity(db, actor.countyId, communityId!))?.name;
  if (organiser == null) throw fail.notFound('没有找到这个队伍或社区');

  const issues = timeIssues(input, now);
  if (input.audience === 'members' && !teamId) issues.push({ field: 'audience', message: '社区活动不能只限队员报名' });
  if (issues.length > 0) throw fail.validation(issues[0].message, issues);

  const id = newId();
  await insertActivity(db, {
    id,
    countyId: actor.countyId,
    organiserKind: input.organiser.kind,
    teamId,
    communityId,
    title: input.title,
    description: input.description,
    placeName: input.placeName,
    lat: input.lat,
    lng: input.lng,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    signupDeadline: input.signupDeadline,
    capacity: input.capacity,
    audience: input.audience,
    pointsPerHour: input.pointsPerHour,
    requireNearby: input.requireNearby,
    checkinSecret: newCheckinSecret(),
    createdBy: actor.userId,
    createdAt: now,
  });
  await recordAudit(db, actor, { role: organiserRole(actor, { teamId, communityId }), action: 'activities.create', subjectType: 'activity', subjectId: id, data: { title: input.title, capacity: input.capacity }, at: now });
  return activityDetail(ctx, { activityId: id });
}
