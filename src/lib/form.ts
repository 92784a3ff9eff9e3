/**
 * What every form of the app does the same way. Written once so that a
 * 60-year-old sees the same count and the same message on every page.
 */

/** Characters as a person counts them (and as the server's limits do): a Chinese character or an emoji is one. */
export function charCount(s: string): number {
  return Array.from(s.trim()).length
}

/**
 * The server's field errors (`photos.2`, `latitude`, `answers.q3`) by the form
 * field they belong to, the first message of each; `fieldOf` maps a server
 * path to the form's field, or to null for one the form does not show.
 */
export function serverErrors(fieldErrors: Record<string, string>, fieldOf: (path: string) => string | null = (path) => path): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fieldOf(path)
    if (field !== null && !out[field]) out[field] = message
  }
  return out
}
