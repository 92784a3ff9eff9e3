import { Text, View } from '@tarojs/components'
import CertificateFrame from '../../../../components/CertificateFrame'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { getCampaignSummary } from '../../../../lib/api/campaign'
import { campaignNameOr } from '../../../../lib/certificate'
import { toastOk } from '../../../../lib/feedback'
import { formatDate } from '../../../../lib/time'
import { getLetter, signLetter } from '../../api/tasks'
import type { LetterView } from '../../api/types'
import '../../tasks.scss'

interface Loaded {
  letter: LetterView
  campaignName: string | null
}

/**
 * 目标责任书: the year's text, and for each unit the caller handles either the
 * button to sign it for the unit or, once signed, its certificate (numbered in
 * the order the county's units signed).
 */
export function LetterScreen() {
  const loaded = useRemote<Loaded>(async () => {
    const [letter, campaignName] = await Promise.all([getLetter(), getCampaignSummary().then((s) => s.campaignName, () => null)])
    return { letter, campaignName }
  })
  const sign = useAction(async (versionId: string, departmentId: string) => {
    await signLetter(versionId, departmentId)
    toastOk('已签署')
    await loaded.reload()
  })
  return (
    <Page>
      <RemoteView<Loaded> remote={loaded} rows={4}>
        {({ letter, campaignName }) => {
          const text = letter.text
          if (!text) return <Text className='ct-text ct-block'>本县还没有发布今年的目标责任书，请等创文办发布。</Text>
          return (
            <View>
              {letter.units.map((u) =>
                u.signed ? (
                  <View key={u.departmentId} className='ct-mt'>
                    <CertificateFrame
                      campaignName={campaignNameOr(letter.countyName, campaignName)}
                      countyName={letter.countyName}
                      title='目标责任书签署证书'
                      number={`ZR-${text.version}-${String(u.signed.signerNo).padStart(4, '0')}`}
                      sign={
                        <>
                          <Text className='tk-cert__issuer'>{`${letter.countyName}创文指挥部`}</Text>
                          <Text className='tk-cert__date'>{formatDate(u.signed.signedAt)}</Text>
                        </>
                      }
                    >
                      <Text className='tk-cert__body'>
                        兹证明 <Text className='tk-cert__name'>{u.name}</Text> {`已签署《${text.title}》（第${u.signed.version}版），签署人：${u.signed.signer}。`}
                      </Text>
                      <Text className='tk-cert__no'>{`第 ${u.signed.signerNo} 个签署的单位`}</Text>
                    </CertificateFrame>
                  </View>
                ) : null,
              )}
              <View className='ct-card'>
                <Text className='ct-h1 ct-block'>{text.title}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{`第${text.version}版 · 已有${text.signerCount}个单位签署`}</Text>
                <Text className='ct-text ct-block ct-mt'>{text.preamble}</Text>
                {text.articles.map((a, n) => (
                  <Text key={n} className='ct-text ct-block ct-mt-xs'>{`${n + 1}. ${a}`}</Text>
                ))}
              </View>
              {letter.units.map((u) =>
                u.signed ? null : (
                  <Button key={u.departmentId} className='ct-btn ct-mt' type='primary' loading={sign.busy} onClick={() => void sign.run(text.versionId, u.departmentId)}>
                    {`代表${u.name}签署`}
                  </Button>
                ),
              )}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function LetterPage() {
  return <LetterScreen />
}
