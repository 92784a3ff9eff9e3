/**
 * A part of 首页 that another module fills (工作台, the notices card, a
 * to-do from 文明家庭 or 问卷): when it fails, 首页 still opens without it —
 * a hint is not worth the page — and the failure is logged for whoever runs
 * the server. Only for reads: 首页's action runs without a transaction, so a
 * failed query leaves the others unharmed.
 */
export async function optionalPart<T>(what: string, part: () => Promise<T>, without: T): Promise<T> {
  try {
    return await part();
  } catch (error) {
    console.error(`[civic] 首页: ${what} failed; shown without it`, error);
    return without;
  }
}
