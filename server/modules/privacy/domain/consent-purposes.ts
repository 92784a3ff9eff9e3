/**
 * The sensitive personal information the app asks a separate consent for
 * (个人信息保护法 第二十九条, 第三十条: a separate consent, told why it is needed
 * and what follows). The text is the server's, so the app shows what the
 * record says was agreed; a new text gets a new version and is asked again.
 */
export const CONSENT_PURPOSES = {
  precise_location: {
    version: 1,
    title: '使用您的精确位置',
    text:
      '随手拍定位、活动现场签到时，会读取手机的精确位置。位置只用来确定问题在哪里、派给负责的社区，或确认您在活动现场；' +
      '不会公开给其他居民，匿名反映时也不会显示您是谁。不同意也可以用小程序的其他功能；以后可以在“我的 → 个人信息与账号”里撤回。',
    withdrawable: true,
  },
  volunteer_identity: {
    version: 1,
    title: '提供真实姓名和手机号',
    text:
      '注册志愿者需要真实姓名和手机号，用来核对服务时长、出具志愿服务证明，以及活动组织者在必要时联系您；' +
      '只有您所在服务队的队长和创文办能看到，不会公开。不再做志愿者时，可以注销账号删除这些信息。',
    withdrawable: false,
  },
} as const;

export type ConsentPurpose = keyof typeof CONSENT_PURPOSES;
export const PURPOSE_KEYS = Object.keys(CONSENT_PURPOSES) as [ConsentPurpose, ...ConsentPurpose[]];
