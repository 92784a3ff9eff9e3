/** The county's "x + N" teams (DOMAIN.md): eight standing teams and ten specialty teams. */
export const STANDING_TEAMS = [
  { name: '理论宣讲志愿服务队', description: '走进社区、村组宣讲党的创新理论和文明新风。' },
  { name: '法治宣传志愿服务队', description: '普法讲座、法律咨询、调解邻里纠纷。' },
  { name: '环境卫士志愿服务队', description: '清理小广告、捡拾垃圾、劝导乱扔乱倒，守护街巷整洁。' },
  { name: '健康服务志愿服务队', description: '义诊、健康知识讲座、慢病随访。' },
  { name: '科普志愿服务队', description: '科普进校园、进社区，防灾减灾知识宣传。' },
  { name: '教育志愿服务队', description: '课后辅导、留守儿童陪伴、家庭教育讲座。' },
  { name: '文化下乡志愿服务队', description: '文艺演出、书画送春联、电影下乡。' },
  { name: '扶贫济困志愿服务队', description: '帮扶困难群众、关爱孤寡老人、助农增收。' },
] as const;

export const SPECIALTY_TEAMS = [
  { name: '党员先锋志愿服务队', description: '党员带头，到社区报到，认领服务岗位。' },
  { name: '助残志愿服务队', description: '陪伴出行、康复协助、无障碍设施巡查。' },
  { name: '新型农民志愿服务队', description: '农技推广、电商助农、美丽乡村建设。' },
  { name: '移风易俗志愿服务队', description: '倡导婚事新办、丧事简办，抵制高价彩礼。' },
  { name: '文明交通志愿服务队', description: '路口劝导、文明停车引导、交通安全宣传。' },
  { name: '道德模范志愿服务队', description: '道德模范、身边好人讲述自己的故事。' },
  { name: '青年志愿服务队', description: '青年突击队，赛事保障、应急服务。' },
  { name: '巾帼志愿服务队', description: '妇女儿童关爱、家风家教宣传。' },
  { name: '职工志愿服务队', description: '技能服务进社区，义务维修。' },
  { name: '社会志愿服务队', description: '社会组织和热心市民的综合服务队。' },
] as const;

export const TEAM_KIND_LABELS = { standing: '常设队伍', specialty: '专项队伍' } as const;

/** The demo's team leader leads this one. */
export const DEMO_TEAM = '环境卫士志愿服务队';
