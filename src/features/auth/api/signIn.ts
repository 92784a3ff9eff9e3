import { demoSignIn } from '../../../lib/cloud'

/** POST /api/_demo/sign-in — sets the session cookie (local server only). */
export function signIn(key: string): Promise<{ name: string }> {
  return demoSignIn(key)
}
