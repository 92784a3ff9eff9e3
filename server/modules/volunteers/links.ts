/** Where a notice about a team takes the person in the app. */
export const teamLink = (teamId: string) => `/features/volunteers/pages/team/index?id=${teamId}`;
export const membersLink = (teamId: string) => `/features/volunteers/pages/members/index?id=${teamId}`;
