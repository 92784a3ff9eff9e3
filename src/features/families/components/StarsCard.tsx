import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import Switch from '../../../components/nut/switch'
import Sheet from '../../../components/Sheet'
import { ErrorState, LoadingRows } from '../../../components/RemoteView'
import type { Id } from '../api/types'
import { ratingText, starGlyphs } from '../hooks/tenStars'
import { useHouseholdStars, type HouseholdStarsModel } from '../hooks/useHouseholdStars'
import { formatDay, starsText } from './words'

/** The ten criteria as switches, the stars they make as they change, and 保存评定. */
export function StarsSheet({ s, family }: { s: HouseholdStarsModel; family: string }) {
  const criteria = s.criteria ?? []
  return (
    <Sheet
      title='评定十星级文明户'
      hint={`${family}。对照十项标准逐项评定：达到哪一项，就打开哪一项的开关。`}
      confirmText='保存评定'
      busy={s.saving}
      error={s.error?.message}
      onCancel={s.close}
      onConfirm={() => void s.save()}
    >
      <View className='fm-stars__result' role='status' aria-live='polite'>
        <Text className='fm-stars__glyphs' aria-hidden='true'>
          {starGlyphs(s.count)}
        </Text>
        <Text className={`fm-stars__result-text ${s.count ? '' : 'fm-stars__result-text--none'}`}>{ratingText(s.count)}</Text>
      </View>
      <View role='list' aria-label='十项标准'>
        {s.names.map((name, i) => (
          <View key={name} className='fm-star-row' role='listitem'>
            <Text className={`fm-star-row__mark ${criteria[i] ? 'fm-star-row__mark--on' : ''}`} aria-hidden='true'>
              {criteria[i] ? '★' : '☆'}
            </Text>
            <Text className='fm-star-row__name ct-grow'>{name}</Text>
            <Switch className='fm-switch' checked={!!criteria[i]} aria-label={name} onChange={(on: boolean) => s.toggle(i, on)} />
          </View>
        ))}
      </View>
    </Sheet>
  )
}

/**
 * 十星级文明户 for staff, on a nomination they may review: the household's
 * stars as they stand (shown on the family's public card too) and the way to
 * rate it again.
 */
export default function StarsCard({ householdId, family }: { householdId: Id; family: string }) {
  const s = useHouseholdStars(householdId)
  const r = s.stars.data
  return (
    <View className='ct-card ct-mt' role='region' aria-label='十星级文明户评定'>
      <Text className='ct-title ct-block'>十星级文明户</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>社区工作人员对照十项标准评定这户人家，星级会显示在这个家庭的公开卡片上。</Text>
      {s.stars.status === 'loading' && !r ? <LoadingRows rows={1} /> : null}
      {s.stars.status === 'error' && !r ? <ErrorState message={s.stars.error?.message ?? ''} onRetry={() => void s.stars.reload()} /> : null}
      {r ? (
        <View className='fm-stars'>
          {r.ratedAt ? (
            <>
              <View className='fm-stars__result'>
                <Text className='fm-stars__glyphs' aria-hidden='true'>
                  {starGlyphs(r.stars)}
                </Text>
                <Text className='fm-stars__result-text'>{starsText(r.stars) ?? '没有评星'}</Text>
              </View>
              {r.met.length ? <Text className='ct-text ct-block ct-mt-xs'>{`达到：${r.met.join('、')}`}</Text> : null}
              <Text className='ct-muted ct-block ct-mt-xs'>{`${formatDay(r.ratedAt)}评定`}</Text>
            </>
          ) : (
            <Text className='ct-text ct-block'>这户人家还没有评定星级。</Text>
          )}
          <Button className='ct-btn ct-mt' type='primary' fill='outline' disabled={s.saving} onClick={s.open}>
            {r.ratedAt ? '重新评定' : '评定星级'}
          </Button>
        </View>
      ) : null}
      {s.criteria ? <StarsSheet s={s} family={family} /> : null}
    </View>
  )
}
