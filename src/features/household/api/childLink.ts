import { call } from '../../../lib/cloud'
import type { ChildLinkCode, ChildLinkPreview, LinkChildResult } from '../../../../server/modules/households/contracts'

export type { ChildLinkCode, ChildLinkPreview, LinkChildResult } from '../../../../server/modules/households/contracts'

/** households.childLinkCode — a one-time code (and QR) that lets the child's own WeChat become the child's account. */
export function makeChildLinkCode(childId: string): Promise<ChildLinkCode> {
  return call<ChildLinkCode>('households', 'childLinkCode', { childId })
}

/** households.openChildLink — on the child's phone: whose child account the code is for. */
export function openChildLink(code: string): Promise<ChildLinkPreview> {
  return call<ChildLinkPreview>('households', 'openChildLink', { code })
}

/** households.linkChild — this WeChat becomes the child's account. */
export function linkChild(linkId: string, code: string): Promise<LinkChildResult> {
  return call<LinkChildResult>('households', 'linkChild', { linkId, code })
}
