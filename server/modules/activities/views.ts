import { iso } from '../../core/clock';
import type { ActivityCard, ActivityView, SpeakerCard } from './contracts';
import { AUDIENCE_LABELS } from './domain/audience';
import type { SignupRow } from './repo';
import type { ActivityRow } from './rows';

export function activityCard(a: ActivityRow, mySignup: SignupRow['status'] | null): ActivityCard {
  return {
    id: a.id,
    title: a.title,
    organiser: a.organiserName,
    placeName: a.placeName,
    startsAt: iso(a.startsAt),
    endsAt: iso(a.endsAt),
    signupDeadline: iso(a.signupDeadline),
    capacity: a.capacity,
    confirmed: a.confirmedCount,
    waitlisted: a.waitlistCount,
    audience: a.audience,
    audienceLabel: AUDIENCE_LABELS[a.audience],
    pointsPerHour: a.pointsPerHour,
    status: a.status,
    mySignup,
  };
}

export function activityView(
  a: ActivityRow,
  parts: { canManage: boolean; cannotSignUp: string | null; me: ActivityView['me']; speakers: SpeakerCard[] },
): ActivityView {
  return {
    ...activityCard(a, parts.me?.status ?? null),
    description: a.description,
    lat: a.lat,
    lng: a.lng,
    requireNearby: a.requireNearby,
    canManage: parts.canManage,
    cannotSignUp: parts.cannotSignUp,
    speakers: parts.speakers,
    me: parts.me,
  };
}
