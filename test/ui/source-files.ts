import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every .ts/.tsx file under a folder (for the tests that read the source as a rule). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.tsx?$/.test(name) ? [p] : []
  })
}
