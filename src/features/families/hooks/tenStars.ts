/**
 * 十星级文明户: the ten criteria in the order the server takes them
 * (server/modules/families/domain/ten-stars.ts; a page test holds the two in
 * step). A rating is ten yes/no answers; the stars are the yeses.
 */
export const TEN_STARS = [
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
] as const

/** The server names the criteria met; the form holds ten switches. */
export function criteriaOf(met: readonly string[]): boolean[] {
  return TEN_STARS.map((name) => met.includes(name))
}

export function starCount(criteria: readonly boolean[]): number {
  return criteria.filter(Boolean).length
}

/** ★★★★★★★★☆☆ — for the eye; the words say it for screen readers. */
export function starGlyphs(stars: number): string {
  const n = Math.max(0, Math.min(10, stars))
  return '★'.repeat(n) + '☆'.repeat(10 - n)
}

/** What saving these switches would make the household, in words. */
export function ratingText(stars: number): string {
  return stars > 0 ? `评为${stars}星级文明户` : '还没有达到的标准，保存后不显示星级'
}
