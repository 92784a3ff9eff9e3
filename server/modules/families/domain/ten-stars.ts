/** The ten criteria of a 十星级文明户, in the order the rating form shows them. */
export const TEN_STAR_CRITERIA = [
  '爱党爱国星',
  '遵纪守法星',
  '诚实守信星',
  '团结友爱星',
  '勤劳致富星',
  '孝老爱亲星',
  '移风易俗星',
  '卫生健康星',
  '学习创新星',
  '热心公益星',
] as const;

/** Stars are the criteria met; the criteria are kept so the card can say which. */
export function starsOf(criteria: readonly boolean[]): number {
  return criteria.filter(Boolean).length;
}
