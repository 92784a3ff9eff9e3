export type Id = string | number

export interface PledgeText {
  versionId: Id
  title: string
  preamble: string
  articles: string[]
  signerCount: number
}

export interface SignPledgeInput {
  versionId: Id
  shopName: string
  address: string
  communityId: Id
  contactPhone: string
  accepted: true
}

export interface SignPledgeResult {
  shopId: Id
  pledgeId: Id
  signerNo: number
  signedAt: string
  alreadySigned: boolean
}

export interface MyShop {
  shopId: Id
  shopName: string
  address: string
  communityName: string
  pledgedAt: string
  signerNo: number
  version: number
  current: boolean
}

export interface Community {
  id: Id
  name: string
  kind: string
  areaName: string
}
