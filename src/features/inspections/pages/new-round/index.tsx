import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Checkbox from '../../../../components/nut/checkbox'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { ROUTES, withQuery } from '../../../../lib/routes'
import { createRound, getInspectors, getSites } from '../../api/inspections'
import { DEFAULT_FIX_HOURS, SITE_TYPES, type InspectorOption, type RoundKind, type SiteType, type SiteView } from '../../api/types'
import { pairUp } from '../../words'
import '../../inspections.scss'

const FIX_HOURS = [
  { value: 24, text: '24小时' },
  { value: 48, text: '48小时' },
  { value: DEFAULT_FIX_HOURS, text: '3天' },
  { value: 168, text: '7天' },
]

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])

/** A new round: its name, the sites (picked, or drawn at random by type), the inspectors (two to a team) and the time to rectify. */
export default function NewRoundPage() {
  const data = useRemote(async () => {
    const [sites, inspectors] = await Promise.all([getSites(), getInspectors()])
    // A retired site (已停用) is never put in a new round.
    return { sites: sites.filter((s) => !s.retired), inspectors }
  })
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<RoundKind>('quarterly')
  const [mode, setMode] = useState<'pick' | 'sample'>('pick')
  const [siteIds, setSiteIds] = useState<string[]>([])
  const [types, setTypes] = useState<SiteType[]>([])
  const [areaIds, setAreaIds] = useState<string[]>([])
  const [count, setCount] = useState('5')
  const [inspectors, setInspectors] = useState<string[]>([])
  const [fixHours, setFixHours] = useState(DEFAULT_FIX_HOURS)
  const save = useAction(
    async () => {
      const made = await createRound({
        title,
        kind,
        fixHours,
        ...(mode === 'pick' ? { siteIds } : { sample: { siteTypes: types, areaIds, count: Number(count) || 0 } }),
        teams: pairUp(inspectors),
      })
      toastOk('已安排，督查员会收到消息')
      await Taro.redirectTo({ url: withQuery(ROUTES.inspectionRound, { id: made.id }) })
    },
    { toastOnError: false },
  )
  const errors = save.fieldErrors
  return (
    <Page>
      <RemoteView<{ sites: SiteView[]; inspectors: InspectorOption[] }> remote={data} rows={3}>
        {({ sites, inspectors: people }) => (
          <View>
            <View className='ct-card'>
              <Field label='这轮暗访叫什么' error={errors.title}>
                <View className={`ct-box ${errors.title ? 'ct-box--error' : ''}`}>
                  <Input value={title} maxLength={40} placeholder='例如：第四季度农贸市场暗访' aria-label='这轮暗访叫什么' onChange={(v: string) => setTitle(v)} />
                </View>
              </Field>
              <Field label='类型'>
                <Choices<RoundKind> label='类型' value={kind} onChange={setKind} options={[{ value: 'quarterly', text: '季度暗访' }, { value: 'ad_hoc', text: '专项暗访' }]} />
              </Field>
              <Field label='整改时限' hint='发现的问题交给责任单位，要在这个时间内整改好'>
                <Choices<number> label='整改时限' value={fixHours} onChange={setFixHours} options={FIX_HOURS} />
              </Field>
            </View>
            <View className='ct-card'>
              <Field label='查哪些点位' error={errors.siteIds ?? errors.sample}>
                <Choices<'pick' | 'sample'> label='怎么选点位' value={mode} onChange={setMode} options={[{ value: 'pick', text: '自己挑选' }, { value: 'sample', text: '随机抽取' }]} />
              </Field>
              {mode === 'pick' ? (
                sites.length === 0 ? (
                  <Text className='ct-muted ct-block'>还没有登记点位。</Text>
                ) : (
                  sites.map((s) => (
                    <Checkbox key={s.id} checked={siteIds.includes(s.id)} onChange={() => setSiteIds(toggle(siteIds, s.id))}>
                      {`${s.name}（${s.siteType} · ${s.community}）`}
                    </Checkbox>
                  ))
                )
              ) : (
                <View>
                  <Text className='ct-muted ct-block'>从这些类型里随机抽（不选就是全部类型）：</Text>
                  {SITE_TYPES.map((t) => (
                    <Checkbox key={t} checked={types.includes(t)} onChange={() => setTypes(toggle(types, t))}>
                      {t}
                    </Checkbox>
                  ))}
                  <Text className='ct-muted ct-block ct-mt'>从这些片区里随机抽（不选就是全部片区）：</Text>
                  {[...new Map(sites.map((s) => [s.areaId, s.area] as const))].map(([id, area]) => (
                    <Checkbox key={id} checked={areaIds.includes(id)} onChange={() => setAreaIds(toggle(areaIds, id))}>
                      {area}
                    </Checkbox>
                  ))}
                  <Field label='抽几个点位'>
                    <View className='ct-box'>
                      <Input value={count} type='number' maxLength={3} placeholder='例如：5' aria-label='抽几个点位' onChange={(v: string) => setCount(v)} />
                    </View>
                  </Field>
                </View>
              )}
            </View>
            <View className='ct-card'>
              <Field label='督查员' hint='按勾选的顺序两人一组，单出的一人自成一组；点位轮流分给各组' error={errors.teams}>
                {people.length === 0 ? <Text className='ct-muted ct-block'>还没有督查员，请先在“职务任命”里邀请。</Text> : null}
                {people.map((p) => (
                  <Checkbox key={p.userId} checked={inspectors.includes(p.userId)} onChange={() => setInspectors(toggle(inspectors, p.userId))}>
                    {p.name}
                  </Checkbox>
                ))}
              </Field>
            </View>
            {save.error && !Object.keys(errors).length ? <Text className='ct-field-error ct-block'>{save.error.message}</Text> : null}
            <Button className='ct-btn ct-mt' type='primary' loading={save.busy} disabled={!title.trim() || inspectors.length === 0} onClick={() => void save.run()}>
              安排暗访
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
