export type ConventionKind = 'civic' | 'residents' | 'shop' | 'responsibility'
export type MySignState = 'signed' | 'resign' | 'unsigned'
/** Ids are UUID strings. */
export type Id = string

export interface ConventionSummary {
  id: Id
  kind: ConventionKind
  title: string
  scopeName: string
  currentVersion: { id: Id; version: number; publishedAt: string }
  signerCount: number
  mine: MySignState
}

export interface Pledge {
  id: Id
  signerNo: number
  signedAt: string
  version: number
}

export interface ConventionDetail {
  id: Id
  kind: ConventionKind
  title: string
  scopeName: string
  version: { id: Id; version: number; title: string; articles: string[]; preamble: string; publishedAt: string }
  signerCount: number
  /** The server decides who may sign this text (a residents' convention: the community's bound residents). */
  canSign: boolean
  /** Why not, in words for people. */
  cannotSignReason?: string
  /** A pledge on the current version. */
  myPledge: Pledge | null
  /** A pledge on an older version, when there is none on the current one. */
  previousPledge: Pledge | null
}

export interface SignResult {
  pledgeId: Id
  signerNo: number
  signedAt: string
  alreadySigned: boolean
}

export interface Certificate {
  isMine: boolean
  pledgeId: Id
  signerName: string
  conventionTitle: string
  version: number
  signerNo: number
  signedAt: string
  countyName: string
  totalSigners: number
}

export interface VersionHistory {
  title: string
  versions: { id: Id; version: number; title: string; publishedAt: string; signerCount: number; mySignedAt: string | null }[]
}
