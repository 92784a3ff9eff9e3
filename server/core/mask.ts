/** Names shown to the public keep the family name only: 王** (UX.md). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return chars[0] + '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 2));
}

/** 138****1234 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return digits.slice(0, 3) + '****' + digits.slice(-4);
}
