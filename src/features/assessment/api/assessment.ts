import { call } from '../../../lib/cloud'
import type { AssessmentMonth, AssessmentPart, RankingPage, WeightsView } from './types'

/** assessment.ranking — the published ranking (the newest, or `month`); NOT_FOUND for a month not published. */
export const getRanking = (month?: string) => call<RankingPage>('assessment', 'ranking', month ? { month } : {})
/** assessment.preview — the command centre's month: a draft computed now, or the frozen month once published. */
export const previewMonth = (month: string) => call<AssessmentMonth>('assessment', 'preview', { month })
/** assessment.publish — freezes the month and tells every community's staff their place. */
export const publishMonth = (month: string) => call<AssessmentMonth>('assessment', 'publish', { month })
export const getWeights = () => call<WeightsView>('assessment', 'weights', {})
/** assessment.setWeights — VALIDATION (with the reason) unless whole numbers 0–100 adding up to 100. */
export const setWeights = (weights: Record<AssessmentPart, number>) => call<WeightsView>('assessment', 'setWeights', { weights })
