/**
 * Separate consent before sensitive personal information is collected (PIPL
 * art. 29): before the app reads the phone's precise position it asks, once,
 * on ConsentSheet (over whatever page asked), with the server's words. The
 * answer is the server's record (privacy.consent); the server refuses the data
 * without it, so this is where the person is asked, not where the rule lives.
 */
import { getConsents, giveConsent, type ConsentPurpose, type ConsentView } from './api/privacy'

interface Question {
  consent: ConsentView
  answer: (agreed: boolean) => void
}

let question: Question | null = null
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

/**
 * Resolves true once the person has consented to `purpose` (asking them on
 * the sheet if they have not), false when they decline. The server is asked
 * each time (a tap that locates is rare), so a consent withdrawn elsewhere,
 * or another person on the phone, is never answered from memory. A server
 * that cannot be reached rejects, as any call does.
 */
export async function ensureConsent(purpose: ConsentPurpose): Promise<boolean> {
  const consent = (await getConsents()).find((c) => c.purpose === purpose)
  if (!consent || consent.given) return true
  const agreed = await new Promise<boolean>((resolve) => {
    question?.answer(false)
    question = { consent, answer: resolve }
    notify()
  })
  return agreed
}

export function pendingConsent(): ConsentView | null {
  return question?.consent ?? null
}

export function subscribeConsentQuestion(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** 同意: recorded on the server first; the waiting step goes on only when it is. */
export async function agreeToConsent(): Promise<void> {
  if (!question) return
  const { consent, answer } = question
  await giveConsent(consent.purpose)
  question = null
  notify()
  answer(true)
}

/** 不同意: the waiting step does without that data. */
export function declineConsent(): void {
  const q = question
  question = null
  notify()
  q?.answer(false)
}
