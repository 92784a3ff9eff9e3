import type { Kysely } from 'kysely';
import type { DB, Question } from '../schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * 创建文明城市群众满意度调查: the county's own rehearsal of the questionnaire
 * national inspectors hand to residents — county-wide, anonymous, open from
 * now for 30 days; questions of all four kinds.
 */
export const CIVILIZATION_SURVEY = {
  title: '创建文明城市群众满意度调查',
  intro: '为了解大家对我县创建全国文明城市工作的看法，听取意见和建议，特开展本次调查。问卷不记名，大约需要3分钟。感谢您的参与和支持！',
  questions: [
    { id: 'q1', kind: 'single', title: '您知道我县正在创建全国文明城市吗？', options: ['非常了解', '知道一些', '听说过，不太了解', '不知道'], required: true },
    { id: 'q2', kind: 'rating', title: '您对城区市容环境卫生（街道清扫、垃圾清运、公厕保洁）满意吗？', options: [], required: true },
    { id: 'q3', kind: 'rating', title: '您对城区交通秩序（车辆礼让行人、停车入位、电动车守规）满意吗？', options: [], required: true },
    { id: 'q4', kind: 'rating', title: '您对政务服务窗口（办事效率、服务态度）满意吗？', options: [], required: true },
    { id: 'q5', kind: 'single', title: '近一年来，您参加过志愿服务活动吗？', options: ['经常参加', '参加过几次', '没参加过，但愿意参加', '没参加过'], required: true },
    {
      id: 'q6',
      kind: 'multiple',
      title: '您觉得身边最需要改进的是哪些方面？（可多选）',
      options: ['乱停乱放', '占道经营', '小广告乱张贴', '背街小巷卫生', '公共设施损坏', '噪音扰民', '不文明养犬', '公共场所不文明行为'],
      required: true,
    },
    { id: 'q7', kind: 'rating', title: '您对所在社区（村）新时代文明实践站的活动满意吗？', options: [], required: false },
    { id: 'q8', kind: 'text', title: '对创建文明城市，您还有哪些意见和建议？', options: [], required: false },
  ] satisfies Question[],
};

/**
 * 小手拉大手: the county asks its children too (only minors see it, always
 * anonymous), in words a 10-year-old reads alone.
 */
export const CHILDREN_SURVEY = {
  title: '小手拉大手·我眼中的文明县城',
  intro: '小朋友，你好！说说你眼里的县城和你身边的事。不用写名字，大约需要2分钟。',
  questions: [
    { id: 'c1', kind: 'single', title: '你家附近的街道干净吗？', options: ['很干净', '还可以', '有点脏', '很脏'], required: true },
    { id: 'c2', kind: 'rating', title: '上学路上，汽车会停下来让你先过马路吗？', options: [], required: true },
    {
      id: 'c3',
      kind: 'multiple',
      title: '你做过哪些文明的小事？（可以选好几个）',
      options: ['把垃圾扔进垃圾桶', '垃圾分类', '排队不插队', '公交车上让座', '参加志愿活动', '提醒家人文明出行'],
      required: true,
    },
    { id: 'c4', kind: 'text', title: '你想对县长说一句什么话？', options: [], required: false },
  ] satisfies Question[],
};

/** Seeds both surveys under their ids, created by the command centre's admin. */
export async function seedCivilizationSurvey(db: Kysely<DB>, seeded: { countyId: string; adminId: string }, ids: { grownUps: string; children: string }, now: Date): Promise<void> {
  const county = { countyId: seeded.countyId, audienceType: 'county' as const, audienceId: seeded.countyId, anonymous: true, opensAt: now, closesAt: new Date(now.getTime() + 30 * DAY_MS), createdBy: seeded.adminId, createdAt: now };
  const text = (survey: typeof CIVILIZATION_SURVEY | typeof CHILDREN_SURVEY) => ({ title: survey.title, intro: survey.intro, questions: JSON.stringify(survey.questions) });
  await db
    .insertInto('questionnaires')
    .values([
      { id: ids.grownUps, ...county, ...text(CIVILIZATION_SURVEY) },
      { id: ids.children, ...county, ...text(CHILDREN_SURVEY), forChildren: true },
    ])
    .execute();
}
