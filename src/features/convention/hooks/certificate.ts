import type { CertificateImage } from '../../../lib/certificate'
import { beijing, formatDate } from '../../../lib/time'
import type { Certificate } from '../api/types'

/**
 * The number on a 文明公约签署证书: GY, the Beijing day of signing, the
 * version (two digits) and the signer number (six) — one per signer of a
 * version, the same every time the certificate is opened.
 */
export function conventionCertificateNumber(c: Pick<Certificate, 'signedAt' | 'version' | 'signerNo'>): string {
  return `GY${beijing(c.signedAt).format('YYYYMMDD')}${String(c.version).padStart(2, '0')}${String(c.signerNo).padStart(6, '0')}`
}

/** What follows the signer's name: when, what and the promise. */
export function conventionCertificateBody(c: Pick<Certificate, 'signedAt' | 'conventionTitle' | 'version'>): string {
  return `于${formatDate(c.signedAt)}郑重签署《${c.conventionTitle}》（第 ${c.version} 版），承诺自觉遵守，争做文明市民。`
}

export const conventionIssuer = (countyName: string) => `${countyName}创建全国文明城市指挥部`

/** The certificate as the saved picture draws it. */
export function conventionCertificateImage(c: Certificate, campaignName: string): CertificateImage {
  return {
    campaignName,
    countyName: c.countyName,
    title: '文明公约签署证书',
    number: conventionCertificateNumber(c),
    name: c.signerName,
    body: conventionCertificateBody(c),
    figure: `第 ${c.signerNo} 位签署人`,
    details: [`截至目前，这一版已有 ${c.totalSigners} 人签署`],
    issuers: [conventionIssuer(c.countyName)],
    date: formatDate(c.signedAt),
  }
}
