/**
 * A random UUID (version 4), made on the phone: the idempotency key of a form
 * draft, so that a retried submit is recognised as the same one. Uses the
 * platform's random source where there is one (browsers), Math.random otherwise
 * (some mini-program engines lack crypto; the key only has to be unique per person).
 */
export function uuid(): string {
  const bytes = new Uint8Array(16)
  const c = typeof globalThis !== 'undefined' ? (globalThis as { crypto?: Crypto }).crypto : undefined
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes)
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
