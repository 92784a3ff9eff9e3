import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import CertificateActions from '../../../../components/CertificateActions'
import { useShare } from '../../../../hooks/useShare'
import { getCampaignSummary } from '../../../../lib/api/campaign'
import { campaignNameOr } from '../../../../lib/certificate'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go } from '../../../../lib/routes'
import { getCertificate } from '../../api/getCertificate'
import type { CertificateView } from '../../api/types'
import Certificate, { volunteerCertificateImage } from '../../components/Certificate'
import { hoursFigure } from '../../hooks/format'
import '../volunteers.scss'

export const NO_HOURS = {
  title: '还开不出证明',
  hint: '证明上写的是队长确认过的服务时长。参加志愿活动、签到签退，确认后就能开具。',
}

export const NOT_REGISTERED_HINT = '注册只要填姓名、电话和服务社区。参加志愿活动、队长确认服务时长后，就能在这里开具证明。'

interface CertificateWithCampaign {
  cert: CertificateView
  /** the county's campaign (创文设置), or null when it could not be read */
  campaignName: string | null
}

async function loadCertificate(): Promise<CertificateWithCampaign> {
  const [cert, campaignName] = await Promise.all([getCertificate(), getCampaignSummary().then((s) => s.campaignName, () => null)])
  return { cert, campaignName }
}

/**
 * 志愿服务记录证明: the certificate as the server issues it today. Not yet a
 * volunteer → register first; no certified hours yet → what to do. Saved as a
 * picture (the phone's album, a PNG in H5); in H5 a button prints it too (the
 * print stylesheet leaves only the certificate). The share card invites
 * friends to volunteer: the certificate itself is the person's own.
 */
export function CertificateScreen() {
  const cert = useRemote<CertificateWithCampaign>(loadCertificate)
  useShare(() => {
    const c = cert.data?.cert
    return {
      title: c ? `我在${c.countyName}做了 ${hoursFigure(c.totalMinutes)} 小时志愿服务，一起来吧` : '一起来做志愿服务',
      path: ROUTES.volunteerHome,
    }
  })
  const notRegistered = cert.status === 'error' && cert.error?.code === 'FORBIDDEN'
  return (
    <Page className='vo-cert-page'>
      {notRegistered ? (
        <EmptyState title='注册志愿者后才能开具证明' hint={NOT_REGISTERED_HINT} actionText='注册志愿者' onAction={() => go(ROUTES.volunteerRegister)} />
      ) : (
        <RemoteView<CertificateWithCampaign>
          remote={cert}
          rows={4}
          isEmpty={(c) => c.cert.records.length === 0}
          empty={{ ...NO_HOURS, actionText: '去看志愿活动', onAction: () => go(ROUTES.activityList) }}
        >
          {({ cert: c, campaignName }) => (
            <View>
              <Certificate cert={c} campaignName={campaignName} />
              <CertificateActions image={volunteerCertificateImage(c, campaignNameOr(c.countyName, campaignName))} share printText='打印证明'>
                <Button className='ct-btn' type='default' onClick={() => void Taro.navigateBack().catch(() => go(ROUTES.volunteerHome))}>
                  返回
                </Button>
              </CertificateActions>
            </View>
          )}
        </RemoteView>
      )}
    </Page>
  )
}

export default function CertificatePage() {
  return <CertificateScreen />
}
