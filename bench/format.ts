/** Shared printing for the bench sections: figures first, a verdict against the budget beside them. */

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER');

export function heading(title: string): void {
  console.log(`\n== ${title}`);
}

/** The middle of a few runs: one slow outlier (a busy 2-core machine) does not decide. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
