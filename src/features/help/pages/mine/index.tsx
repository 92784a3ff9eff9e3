import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Tabs from '../../../../components/Tabs'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getMine } from '../../api/getMine'
import type { HelpRequestView, MyHelpView } from '../../api/types'
import { STATUS_OF_STATE, minutesText, summary } from '../../words'
import '../../help.scss'

type Tab = 'asked' | 'helped'

function Row({ r }: { r: HelpRequestView }) {
  return (
    <View className='ct-card' role='button' onClick={() => go(withQuery(ROUTES.helpDetail, { id: r.id }))}>
      <View className='ct-row'>
        <Text className='ct-title ct-grow'>{r.kindLabel}</Text>
        <StatusTag status={STATUS_OF_STATE[r.state]} label={r.stateLabel} />
      </View>
      <Text className='ct-muted ct-block ct-mt-xs'>{summary(r)}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>{`${r.points}积分${r.role === 'helper' ? ` · 求助的人：${r.requesterName}` : r.helperName ? ` · 帮忙的人：${r.helperName}` : ''}${r.rating !== null ? ` · 评分${r.rating}星` : ''}`}</Text>
    </View>
  )
}

export function MineScreen({ remote }: { remote: Remote<MyHelpView> }) {
  const [tab, setTab] = useState<Tab>('asked')
  return (
    <Page>
      <RemoteView<MyHelpView> remote={remote} rows={3} isEmpty={() => false}>
        {(m) => (
          <View>
            <View className='ct-card ct-row'>
              <View className='ct-grow'>
                <Text className='ct-muted ct-block'>互助时长</Text>
                <Text className='hp-figure ct-block' aria-label={`互助时长${minutesText(m.helpMinutes)}`}>
                  {minutesText(m.helpMinutes)}
                </Text>
              </View>
              <View className='ct-grow'>
                <Text className='ct-muted ct-block'>我的积分</Text>
                <Text className='hp-figure ct-block'>{m.balance}</Text>
              </View>
            </View>
            {m.ratingAverage !== null ? (
              <View className='ct-card'>
                <Text className='ct-text ct-block'>{`大家给您的评分：${m.ratingAverage}星（${m.rated}次评分）`}</Text>
              </View>
            ) : null}
            <View className='hp-actions'>
              <Button className='ct-btn' type='primary' onClick={() => go(ROUTES.helpPost)}>
                请人帮忙
              </Button>
              <Button className='ct-btn' type='default' onClick={() => go(ROUTES.helpOpen)}>
                去帮别人
              </Button>
            </View>
            <View className='ct-mt'>
              <Tabs tabs={[{ key: 'asked', text: `我的求助（${m.asked.length}）` }, { key: 'helped', text: `我帮过的（${m.helped.length}）` }]} value={tab} onChange={setTab} />
            </View>
            {(tab === 'asked' ? m.asked : m.helped).length === 0 ? (
              <View className='ct-card' role='status'>
                <Text className='ct-text ct-block'>{tab === 'asked' ? '还没有发布过互助需求' : '还没有帮过别人'}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{tab === 'asked' ? '需要人陪同就医、修修补补、辅导功课时，点“请人帮忙”。' : '注册成为志愿者后，可以在互助大厅接单帮邻居。'}</Text>
              </View>
            ) : (
              <View>
                {(tab === 'asked' ? m.asked : m.helped).map((r) => (
                  <Row key={r.id} r={r} />
                ))}
              </View>
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function MyHelpPage() {
  const remote = useRemote(getMine)
  useReloadOnShow(remote.reload)
  usePullRefresh(remote.reload)
  return <MineScreen remote={remote} />
}
