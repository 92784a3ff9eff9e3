/** The demo county's texts, written as a county would publish them. */
import { civicConvention, responsibilityLetter, SHOP_PLEDGE } from '../../modules/setup/default-texts';

export const CIVIC_CONVENTION = civicConvention('青禾县');

export const RESIDENTS_CONVENTION = {
  title: '幸福里社区居民公约',
  preamble: '为共建整洁、安全、和睦的幸福里，全体居民共同遵守以下约定：',
  articles: [
    '楼道不堆放杂物，保持消防通道畅通。',
    '电动车不进楼入户，在指定地点充电停放。',
    '垃圾按时按类投放，不高空抛物。',
    '晚十点后不大声喧哗，装修按规定时间施工。',
    '文明养犬，出门牵绳，及时清理犬只粪便。',
    '爱护绿地，不毁绿种菜，不私搭乱建。',
    '邻里有事好商量，问题不下楼，矛盾不出院。',
  ],
};

export { SHOP_PLEDGE };

/** This year's 目标责任书 of the demo county. */
export const responsibilityLetterOf = (now: Date) => responsibilityLetter('青禾县', Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4)));
