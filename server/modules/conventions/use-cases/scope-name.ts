/** How a convention names who it binds: the county, or one community. */
export function scopeNameOf(row: { kind: string; countyName: string; communityName: string | null }): string {
  return row.kind === 'residents' && row.communityName ? row.communityName : row.countyName;
}
