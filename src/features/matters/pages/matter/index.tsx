import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import PhotoStrip from '../../../../components/PhotoStrip'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import type { Id, MatterView } from '../../api/types'
import MatterSteps from '../../components/MatterSteps'
import { STATUS_TONE } from '../../hooks/rules'
import { useMatter } from '../../hooks/useMatter'
import '../matters.scss'

/** For the resident: where their matter stands, in a sentence. */
export function nextStep(m: MatterView): string {
  switch (m.status) {
    case 'open':
      return '楼长还没有回复。有回复、解决了，都会在“消息”里告诉您。'
    case 'answered':
      return '楼长已经回复了。解决了会再告诉您。'
    case 'resolved':
      return '这件事已经解决了。谢谢您让楼里更好。'
    case 'reported':
      return '楼长已经把它转成了随手拍，社区会派给责任单位办理。进展在“我的随手拍”里看。'
    default:
      return ''
  }
}

export function MatterScreen({ matterId }: { matterId: Id | undefined }) {
  if (!matterId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“找楼长”或“我的 → 楼栋事务”重新进入。' />
      </Page>
    )
  }
  return <LoadedMatter matterId={matterId} />
}

function LoadedMatter({ matterId }: { matterId: Id }) {
  const model = useMatter(matterId)
  usePullRefresh(model.detail.reload)
  // the resident's own matter reads as theirs; those who look after the building keep 楼栋事务
  const own = model.detail.data ? model.detail.data.resident === null : false
  useEffect(() => {
    if (own) Promise.resolve(Taro.setNavigationBarTitle({ title: '我找楼长的事' })).catch(() => undefined)
  }, [own])
  return (
    <Page>
      <RemoteView<MatterView> remote={model.detail} rows={4} isEmpty={() => false}>
        {(m) => (
          <View>
            <View className='ct-card'>
              <View className='ct-spread'>
                <Text className='ct-h1'>{m.kindLabel}</Text>
                <StatusTag status={STATUS_TONE[m.status]} label={m.statusLabel} />
              </View>
              <Text className='ct-muted ct-block ct-mt-xs'>
                {`${formatWhen(m.createdAt)} · ${m.building} ${m.room}${m.resident !== null ? ` · ${m.resident}` : ''}`}
              </Text>
              <Text className='ct-text ct-block mt-text'>{m.text}</Text>
              <PhotoStrip refs={m.photos} label='现场照片' />
            </View>

            {m.isMine && m.resident === null ? (
              <View className='mt-notice mt-notice--info' role='status'>
                <Text className='ct-text'>{nextStep(m)}</Text>
              </View>
            ) : null}

            {m.answer || m.resolution || m.reportId ? (
              <View className='ct-card'>
                {m.answer ? (
                  <View className='mt-reply'>
                    <Text className='mt-reply__who ct-block'>{`${m.answeredBy ?? '楼长'}回复 · ${formatWhen(m.answeredAt)}`}</Text>
                    <Text className='ct-text ct-block mt-reply__text'>{m.answer}</Text>
                  </View>
                ) : null}
                {m.resolution ? (
                  <View className='mt-reply mt-reply--done'>
                    <Text className='mt-reply__who ct-block'>{`解决情况 · ${formatWhen(m.resolvedAt)}`}</Text>
                    <Text className='ct-text ct-block mt-reply__text'>{m.resolution}</Text>
                  </View>
                ) : null}
                {m.reportId ? (
                  <View className='mt-reply'>
                    <Text className='mt-reply__who ct-block'>已转为随手拍</Text>
                    <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.reportDetail, { id: m.reportId as string }))}>
                      看随手拍的办理进展
                    </View>
                  </View>
                ) : null}
              </View>
            ) : null}

            <MatterSteps m={m} model={model} />

            <View className='ct-links'>
              {m.isMine ? (
                <View className='ct-link' role='link' onClick={() => go(ROUTES.matterMine)}>
                  我找楼长的事
                </View>
              ) : null}
              {m.resident !== null ? (
                <View className='ct-link' role='link' onClick={() => go(ROUTES.matterQueue)}>
                  楼栋事务
                </View>
              ) : null}
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function MatterPage() {
  const { params } = useRouter()
  return <MatterScreen matterId={params.id} />
}
