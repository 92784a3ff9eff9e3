/** Stored as these keys (the good_people.category CHECK lists the same). */
export type GoodPersonCategory = 'helping' | 'bravery' | 'honesty' | 'dedication' | 'filial' | 'youth';

/** The county's categories of good people; 新时代好少年 is for minors, whose guardian gives consent. */
export const GOOD_PERSON_CATEGORIES: { key: GoodPersonCategory; name: string; hint: string }[] = [
  { key: 'helping', name: '助人为乐', hint: '热心帮助身边有困难的人' },
  { key: 'bravery', name: '见义勇为', hint: '危急时刻挺身而出' },
  { key: 'honesty', name: '诚实守信', hint: '说到做到，拾金不昧' },
  { key: 'dedication', name: '敬业奉献', hint: '在岗位上兢兢业业' },
  { key: 'filial', name: '孝老爱亲', hint: '孝敬老人，关爱家人' },
  { key: 'youth', name: '新时代好少年', hint: '品学兼优、乐于助人的少年儿童' },
];

export const CATEGORY_KEYS = GOOD_PERSON_CATEGORIES.map((c) => c.key) as [GoodPersonCategory, ...GoodPersonCategory[]];

export function categoryName(key: GoodPersonCategory): string {
  return GOOD_PERSON_CATEGORIES.find((c) => c.key === key)?.name ?? key;
}

export const GOOD_PERSON_STATUS_LABELS: Record<string, string> = {
  awaiting_consent: '等待被推荐人同意',
  declined: '被推荐人婉拒公开',
  submitted: '等待审核',
  changes_requested: '请修改后再提交',
  approved: '已公开展示',
  rejected: '未通过审核',
  withdrawn: '已撤下展示',
};
