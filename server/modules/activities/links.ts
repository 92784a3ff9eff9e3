/** Where a notice about an activity takes the person in the app. */
export const detailLink = (activityId: string) => `/features/activities/pages/detail/index?id=${activityId}`;
export const manageLink = (activityId: string) => `/features/activities/pages/manage/index?id=${activityId}`;
