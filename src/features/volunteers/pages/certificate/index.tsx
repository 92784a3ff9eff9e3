import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go } from '../../../../lib/routes'
import { getCertificate } from '../../api/getCertificate'
import type { CertificateView } from '../../api/types'
import Certificate from '../../components/Certificate'
import '../volunteers.scss'

const isH5 = process.env.TARO_ENV === 'h5'

export const NO_HOURS = {
  title: '还开不出证明',
  hint: '证明上写的是队长确认过的服务时长。参加志愿活动、签到签退，确认后就能开具。',
}

export const NOT_REGISTERED_HINT = '注册只要填姓名、电话和服务社区。参加志愿活动、队长确认服务时长后，就能在这里开具证明。'

function print() {
  if (typeof window !== 'undefined' && typeof window.print === 'function') window.print()
}

/**
 * 志愿服务记录证明: the certificate as the server issues it today. Not yet a
 * volunteer → register first; no certified hours yet → what to do. In H5 a
 * button prints it (the print stylesheet leaves only the certificate).
 */
export function CertificateScreen() {
  const cert = useRemote<CertificateView>(getCertificate)
  const notRegistered = cert.status === 'error' && cert.error?.code === 'FORBIDDEN'
  return (
    <Page className='vo-cert-page'>
      {notRegistered ? (
        <EmptyState title='注册志愿者后才能开具证明' hint={NOT_REGISTERED_HINT} actionText='注册志愿者' onAction={() => go(ROUTES.volunteerRegister)} />
      ) : (
        <RemoteView<CertificateView>
          remote={cert}
          rows={4}
          isEmpty={(c) => c.records.length === 0}
          empty={{ ...NO_HOURS, actionText: '去看志愿活动', onAction: () => go(ROUTES.activityList) }}
        >
          {(c) => (
            <View>
              <Certificate cert={c} />
              <View className='vo-cert-actions'>
                {isH5 ? (
                  <Button className='ct-btn' type='primary' onClick={print}>
                    打印证明
                  </Button>
                ) : null}
                <Button className='ct-btn' type='default' onClick={() => void Taro.navigateBack().catch(() => go(ROUTES.volunteerHome))}>
                  返回
                </Button>
              </View>
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
