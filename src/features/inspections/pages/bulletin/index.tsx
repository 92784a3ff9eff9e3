import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Figure from '../../../../components/Figure'
import Page from '../../../../components/Page'
import PhotoStrip from '../../../../components/PhotoStrip'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { getBulletin } from '../../api/bulletins'
import type { Bulletin, RankedRow } from '../../api/types'
import RankList from '../../components/RankList'
import { dayText, rateText } from '../../words'
import '../../inspections.scss'

function UnitList({ title, rows, tone, empty }: { title: string; rows: RankedRow[]; tone: 'red' | 'black'; empty: string }) {
  return (
    <View className={`ct-card in-list in-list--${tone}`}>
      <Text className='in-list__title ct-block'>{title}</Text>
      {rows.length === 0 ? <Text className='ct-muted ct-block ct-mt-xs'>{empty}</Text> : null}
      {rows.map((r) => (
        <View key={r.id} className='ct-spread ct-mt-xs'>
          <Text className='ct-text'>{r.name}</Text>
          <Text className='in-rate'>{rateText(r.rate)}</Text>
        </View>
      ))}
    </View>
  )
}

/** One 督查通报: rankings of sites, communities, areas and responsible units, the 红黑榜, and the worst findings with photos. */
export function BulletinView({ b }: { b: Bulletin }) {
  return (
    <View>
      <View className='ct-card'>
        <Text className='ct-h1 ct-block'>{b.title}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{`${b.kindLabel} · ${dayText(b.publishedAt)}通报`}</Text>
        <View className='in-figures'>
          <Figure value={b.sitesInspected} label='暗访点位' unit='个' />
          <Figure value={rateText(b.averageRate)} label='平均得分率' />
        </View>
      </View>
      <Text className='ct-section-title'>红黑榜（责任单位）</Text>
      <View className='in-lists'>
        <UnitList title='红榜' rows={b.redList} tone='red' empty='这轮没有单位得分率达到90%' />
        <UnitList title='黑榜' rows={b.blackList} tone='black' empty='这轮没有单位得分率低于80%' />
      </View>
      <Text className='ct-section-title'>点位排名</Text>
      <RankList rows={b.sites} label='点位排名' note={(r) => {
        const s = b.sites.find((x) => x.id === r.id)!
        return `${s.siteType} · ${s.community} · ${s.department} · ${s.score}/${s.maxScore}分`
      }} />
      <Text className='ct-section-title'>社区排名</Text>
      <RankList rows={b.communities} label='社区排名' />
      <Text className='ct-section-title'>片区排名</Text>
      <RankList rows={b.areas} label='片区排名' />
      <Text className='ct-section-title'>责任单位排名</Text>
      <RankList rows={b.departments} label='责任单位排名' />
      <Text className='ct-section-title'>问题曝光</Text>
      {b.worstFindings.length === 0 ? (
        <View className='ct-card'>
          <Text className='ct-text'>这轮暗访没有发现问题，继续保持！</Text>
        </View>
      ) : (
        b.worstFindings.map((f) => (
          <View key={f.reportId} className='ct-card'>
            <Text className='ct-title ct-block'>{`${f.site}：${f.item}`}</Text>
            <Text className='ct-muted ct-block ct-mt-xs'>{`扣${f.pointsLost}分${f.note ? ` · ${f.note}` : ''} · 已交责任单位限时整改`}</Text>
            <PhotoStrip refs={[f.photo]} label={`${f.site}${f.item}的照片`} />
          </View>
        ))
      )}
      {b.inspectors ? (
        <View>
          <Text className='ct-section-title'>督查人员（仅创文办可见）</Text>
          <View className='ct-card'>
            {b.inspectors.map((i) => (
              <Text key={i.site} className='ct-text ct-block'>{`${i.site}：${i.names.join('、')}`}</Text>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}

export default function BulletinPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const bulletin = useRemote(() => getBulletin(id), [id])
  return (
    <Page>
      <RemoteView<Bulletin> remote={bulletin} rows={4}>
        {(b) => <BulletinView b={b} />}
      </RemoteView>
    </Page>
  )
}
