/** Ids are UUID strings. */
export type Id = string

export interface ConventionOption {
  id: Id
  kind: 'civic' | 'residents' | 'shop' | 'responsibility'
  title: string
  scopeName: string
  currentVersion: { id: Id; version: number; publishedAt: string }
  signerCount: number
}

export interface ConventionText {
  id: Id
  title: string
  version: { id: Id; version: number; title: string; articles: string[]; preamble: string; publishedAt: string }
}

export interface PublishResult {
  versionId: Id
  version: number
}
