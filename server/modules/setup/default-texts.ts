/**
 * The texts a new county starts from, in its own name: the admin revises
 * them (a new version through 发布公约新版本) before inviting residents to sign.
 */
export interface ConventionText {
  title: string;
  preamble: string;
  articles: string[];
}

/** "青禾县" → "青禾": how a county names itself inside a sentence. */
export function shortName(countyName: string): string {
  const short = countyName.replace(/(自治县|县|市|区|旗)$/, '');
  return short.length >= 2 ? short : countyName;
}

export function civicConvention(countyName: string): ConventionText {
  const place = shortName(countyName);
  return {
    title: `${countyName}市民文明公约`,
    preamble: `为建设文明、和谐、美丽的${place}，争创全国文明城市，我们共同约定：`,
    articles: [
      `热爱祖国，热爱${place}，践行社会主义核心价值观。`,
      `遵纪守法，诚实守信，做文明有礼的${place}人。`,
      '爱护环境，不乱扔垃圾，垃圾分类投放。',
      '文明出行，礼让斑马线，不闯红灯，车辆有序停放。',
      '爱护公物，不乱贴乱画，保护公共设施。',
      '讲究卫生，不随地吐痰，公共场所不吸烟。',
      '邻里和睦，互帮互助，矛盾纠纷协商解决。',
      '尊老爱幼，孝亲敬老，关爱未成年人成长。',
      '勤俭节约，光盘行动，移风易俗不攀比。',
      '热心公益，积极参加志愿服务，人人争当文明使者。',
    ],
  };
}

export const SHOP_PLEDGE: ConventionText = {
  title: '门前六包责任书',
  preamble: '本店自愿签订门前六包责任书，做好门前责任区的管理，承诺做到：',
  articles: [
    '包市容：不占道经营，不乱搭乱挂，店招店牌整洁规范。',
    '包环境卫生：门前无垃圾、无污水、无积雪，垃圾入桶。',
    '包秩序：门前车辆有序停放，不乱堆乱放。',
    '包绿化：爱护门前绿化，不损坏花草树木。',
    '包设施：爱护门前公共设施，发现损坏及时报告。',
    '包安全：落实消防安全措施，及时劝阻不文明行为。',
  ],
};

/** 目标责任书: each unit's head signs it for the unit, a new version each year (任务与责任书). */
export function responsibilityLetter(countyName: string, year: number): ConventionText {
  return {
    title: `${countyName}${year}年度创建全国文明城市目标责任书`,
    preamble: `为完成${year}年度创建全国文明城市各项目标任务，本单位自愿签订本责任书，承诺做到：`,
    articles: [
      '单位主要负责人为第一责任人，分管负责人具体抓，明确到科室、到个人。',
      '按指挥部下达的年度目标和月度任务，按时按质完成，不打折扣。',
      '牵头的任务主动协调，协同的任务积极配合，不推诿、不扯皮。',
      '每周如实汇报任务进度，附现场照片，不虚报、不瞒报。',
      '对督查通报和片区督办的问题，限时整改到位。',
      '未按期完成的，接受指挥部约谈和通报，纳入年度考核。',
    ],
  };
}
