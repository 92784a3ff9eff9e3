import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Button from '../../../../components/nut/button'
import CertificateActions from '../../../../components/CertificateActions'
import CertificateFrame from '../../../../components/CertificateFrame'
import { campaignNameOr } from '../../../../lib/certificate'
import { getCampaignSummary } from '../../../../lib/api/campaign'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatDate } from '../../../../lib/time'
import { getCertificate } from '../../api/getCertificate'
import { conventionCertificateBody, conventionCertificateImage, conventionCertificateNumber, conventionIssuer } from '../../hooks/certificate'
import type { Certificate, Id } from '../../api/types'
import '../convention.scss'

export interface CertificateWithCampaign {
  cert: Certificate
  /** the county's campaign (创文设置), or null when it could not be read */
  campaignName: string | null
}

/** The certificate and the campaign's name for its top line (a certificate still opens without the latter). */
export function useCertificate(pledgeId: Id) {
  return useRemote<CertificateWithCampaign>(async () => {
    const [cert, campaignName] = await Promise.all([getCertificate(pledgeId), getCampaignSummary().then((s) => s.campaignName, () => null)])
    return { cert, campaignName }
  }, [pledgeId])
}

export function CertificateView({ cert, campaignName }: { cert: Certificate; campaignName?: string | null }) {
  return (
    <CertificateFrame
      campaignName={campaignNameOr(cert.countyName, campaignName)}
      countyName={cert.countyName}
      title='文明公约签署证书'
      number={conventionCertificateNumber(cert)}
      sign={
        <>
          <Text className='cert__county'>{conventionIssuer(cert.countyName)}</Text>
          <Text className='cert__date'>{formatDate(cert.signedAt)}</Text>
        </>
      }
    >
      <Text className='cert__body'>
        兹证明 <Text className='cert__name'>{cert.signerName}</Text> {conventionCertificateBody(cert)}
      </Text>
      <Text className='cert__you'>{cert.isMine ? '您是' : 'TA 是'}</Text>
      <Text className='cert__no'>{`第 ${cert.signerNo} 位签署人`}</Text>
      <Text className='cert__total'>{`截至目前，这一版已有 ${cert.totalSigners} 人签署`}</Text>
    </CertificateFrame>
  )
}

/** Opened without a pledge id (a cut-off link), the page says so before asking the server anything. */
export function CertificateScreen({ pledgeId }: { pledgeId: Id | undefined }) {
  if (!pledgeId) {
    return (
      <Page>
        <BrokenLink hint='证书的链接缺了一部分。请回到首页，从“文明公约”里查看您的证书。' />
      </Page>
    )
  }
  return <LoadedCertificate pledgeId={pledgeId} />
}

function LoadedCertificate({ pledgeId }: { pledgeId: Id }) {
  const loaded = useCertificate(pledgeId)

  useShare(() => {
    const c = loaded.data?.cert
    return {
      title: c ? `我是第 ${c.signerNo} 位签署《${c.conventionTitle}》的人，一起来签吧` : '一起签署文明公约',
      path: withQuery(ROUTES.certificate, { pledgeId }),
    }
  })

  return (
    <Page>
      <RemoteView<CertificateWithCampaign> remote={loaded} rows={3} isEmpty={() => false}>
        {({ cert: c, campaignName }) => (
          <View>
            <CertificateView cert={c} campaignName={campaignName} />
            {c.isMine && c.signerName.startsWith('微信用户') ? (
              <View className='ct-card ct-mt' role='button' onClick={() => void go(ROUTES.editName)}>
                <Text className='ct-text ct-block'>证书上还没有您的名字。</Text>
                <Text className='ct-link'>填写姓名 ›</Text>
              </View>
            ) : null}
            <CertificateActions image={c.isMine ? conventionCertificateImage(c, campaignNameOr(c.countyName, campaignName)) : undefined} share printText='打印证书'>
              <Button className='ct-btn' type='default' onClick={() => Taro.switchTab({ url: ROUTES.home })}>
                回到首页
              </Button>
            </CertificateActions>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function CertificatePage() {
  const { params } = useRouter()
  return <CertificateScreen pledgeId={params.pledgeId} />
}
