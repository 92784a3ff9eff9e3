/**
 * Words a person typed (a reason, a note), ended once as a sentence in a
 * message we write around them: "楼长没有通过" → "楼长没有通过。", while
 * "已清理。" or "为什么？" keep their own end — never "。。" or "？。".
 */
export function sentence(text: string): string {
  const t = text.trim().replace(/[。.，,；;、\s]+$/u, '');
  if (!t) return '';
  return /[！？!?…”」）)]$/u.test(t) ? t : `${t}。`;
}
