export type ConventionKind = 'civic' | 'residents' | 'shop'
export type MySignState = 'signed' | 'resign' | 'unsigned'
export type Id = string | number

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
  myPledge: Pledge | null
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
  versions: { id: Id; version: number; title: string; publishedAt: string; signerCount: number; mySignedAt: string | null }[]
}
