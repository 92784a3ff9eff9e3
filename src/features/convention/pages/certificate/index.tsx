import { Button as TaroButton, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatDate } from '../../../../lib/time'
import { getCertificate } from '../../api/getCertificate'
import type { Certificate, Id } from '../../api/types'
import '../convention.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

export function useCertificate(pledgeId: Id) {
  return useRemote<Certificate>(() => getCertificate(pledgeId), [pledgeId])
}

export function CertificateView({ cert }: { cert: Certificate }) {
  return (
    <View className='cert'>
      <View className='cert__inner'>
        <Text className='cert__seal-top'>文明共建</Text>
        <Text className='cert__title'>文明公约签署证书</Text>
        <Text className='cert__body'>
          兹证明 <Text className='cert__name'>{cert.signerName}</Text> 于{formatDate(cert.signedAt)}郑重签署《
          {cert.conventionTitle}》（第 {cert.version} 版），承诺自觉遵守，争做文明市民。
        </Text>
        <Text className='cert__you'>{cert.isMine ? '您是' : 'TA 是'}</Text>
        <Text className='cert__no'>{`第 ${cert.signerNo} 位签署人`}</Text>
        <Text className='cert__total'>{`截至目前，这一版已有 ${cert.totalSigners} 人签署`}</Text>
        <View className='cert__sign'>
          <Text className='cert__county'>{`${cert.countyName}创建全国文明城市指挥部`}</Text>
          <Text className='cert__date'>{formatDate(cert.signedAt)}</Text>
        </View>
      </View>
    </View>
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
  const cert = useCertificate(pledgeId)

  useShare(() => {
    const c = cert.data
    return {
      title: c ? `我是第 ${c.signerNo} 位签署《${c.conventionTitle}》的人，一起来签吧` : '一起签署文明公约',
      path: withQuery(ROUTES.certificate, { pledgeId }),
    }
  })

  return (
    <Page>
      <RemoteView<Certificate> remote={cert} rows={3} isEmpty={() => false}>
        {(c) => (
          <View>
            <CertificateView cert={c} />
            {c.isMine && c.signerName.startsWith('微信用户') ? (
              <View className='ct-card ct-mt' role='button' onClick={() => void go(ROUTES.editName)}>
                <Text className='ct-text ct-block'>证书上还没有您的名字。</Text>
                <Text className='ct-link'>填写姓名 ›</Text>
              </View>
            ) : null}
            <View className='cert__actions'>
              {isWeapp ? (
                <TaroButton className='nut-button nut-button-primary nut-button-primary-solid ct-btn' openType='share'>
                  分享给朋友
                </TaroButton>
              ) : (
                <Button className='ct-btn' type='primary' onClick={() => typeof window !== 'undefined' && window.print()}>
                  打印证书
                </Button>
              )}
              <Button className='ct-btn' type='default' onClick={() => Taro.switchTab({ url: ROUTES.home })}>
                回到首页
              </Button>
            </View>
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
