/**
 * The invitation's token as the accept page gets it: from `t` of the shared
 * link, or from the `scene` of the 小程序码 WeChat's camera opened (handed over
 * URL-encoded, `t%3D…`). A copy of the server's tokenFromScene
 * (server/modules/appointments/codes.ts): the Taro build compiles only src/,
 * and test/ui holds the two equal.
 */
export function tokenFromScene(scene: string | undefined): string | null {
  if (!scene) return null
  let text = scene
  try {
    text = decodeURIComponent(scene)
  } catch {
    return null
  }
  const match = /^(?:t=)?([A-Za-z0-9_-]{20,30})$/.exec(text.trim())
  return match ? match[1] : null
}

/** The token the page was opened with: the link's `t` first, else the 小程序码's `scene`. */
export function tokenOfLaunch(params: Record<string, string | undefined>): string | undefined {
  // a shared card's t as it came (a broken one is told as such by the server's answer)
  if (params.t) return params.t
  return tokenFromScene(params.scene) ?? undefined
}

/**
 * The token in what the app's own scanner read: the QR of the path (…?t=…),
 * or a 小程序码 of this mini-program, whose `path` carries …?scene=t%3D….
 */
export function tokenFromScan(text: string | undefined): string | null {
  if (!text) return null
  const byLink = /[?&]t=([A-Za-z0-9_-]{20,64})/.exec(text)
  if (byLink) return byLink[1]
  const byScene = /[?&]scene=([^&#]+)/.exec(text)
  return byScene ? tokenFromScene(byScene[1]) : null
}
