import { call } from '../../../lib/cloud'
import type { Bulletin, BulletinSummary } from './types'

/** 督查通报: anyone reads the published ones. */
export const getBulletins = () => call<BulletinSummary[]>('inspections', 'bulletins', {})
export const getBulletin = (roundId: string) => call<Bulletin>('inspections', 'bulletin', { roundId })
