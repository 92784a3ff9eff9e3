import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import CategorySheet from '../../components/CategorySheet'
import { hoursText, ruleText, useSettings, type SettingsModel } from '../../hooks/useSettings'
import type { CategorySetting, ReportSettings } from '../../api/types'
import '../reports.scss'
import './index.scss'

export const SETTINGS_INTRO = '居民随手拍时从这些问题类型里选。社区派单时，按这里建议责任单位和办理时限；某个片区另有规定的，按片区规则。'

function CategoryCard({ c, onOpen }: { c: CategorySetting; onOpen: () => void }) {
  return (
    <View className={`ct-card ct-card--tap st-cat ${c.active ? '' : 'st-cat--off'}`} role='button' onClick={onOpen}>
      <View className='ct-spread'>
        <Text className='ct-title ct-grow'>{c.name}</Text>
        <Text className={`ct-tag st-cat__state ${c.active ? 'ct-tag--green' : ''}`}>{c.active ? '启用' : '停用'}</Text>
        <Text className='ct-chevron' aria-hidden='true'>
          ›
        </Text>
      </View>
      <Text className='ct-text ct-block ct-mt-xs'>{c.rule ? ruleText(c.rule) : '没有默认单位：社区派单时自己选'}</Text>
      {c.areaRules.map((r) => (
        <Text key={r.areaId} className='ct-muted ct-block'>
          {`${r.area}：${r.department} · ${hoursText(r.deadlineHours)}`}
        </Text>
      ))}
    </View>
  )
}

export function SettingsScreen({ s }: { s: SettingsModel }) {
  const data = s.settings.data
  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>问题类型与分拨</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{SETTINGS_INTRO}</Text>
      </View>
      {data ? (
        <Button className='ct-btn' type='primary' onClick={s.openNew}>
          新增问题类型
        </Button>
      ) : null}
      <View className='ct-gap' />
      <RemoteView<ReportSettings>
        remote={s.settings}
        rows={3}
        isEmpty={(d) => d.categories.length === 0}
        empty={{ title: '还没有问题类型', hint: '点上面的“新增问题类型”，居民随手拍时就能选了' }}
      >
        {(d) => (
          <View>
            {d.categories.map((c) => (
              <CategoryCard key={c.id} c={c} onOpen={() => s.openCategory(c.id)} />
            ))}
          </View>
        )}
      </RemoteView>

      {data && s.open ? (
        <CategorySheet
          key={s.category?.id ?? 'new'}
          category={s.category}
          departments={data.departments}
          areas={data.areas}
          takenNames={data.categories.filter((c) => c.id !== s.category?.id).map((c) => c.name)}
          busy={s.saving}
          error={s.saveError}
          fieldErrors={s.saveFieldErrors}
          onSave={(input) => void s.save(input)}
          onCancel={s.close}
          rule={{
            busy: s.ruleBusy,
            error: s.ruleError,
            fieldErrors: s.ruleFieldErrors,
            onSave: s.saveRule,
            onRemove: (areaId, areaName) => {
              if (s.category) void s.removeRule(s.category.id, areaId, areaName, s.category.name)
            },
          }}
        />
      ) : null}
    </Page>
  )
}

export default function SettingsPage() {
  const s = useSettings()
  usePullRefresh(s.settings.reload)
  return <SettingsScreen s={s} />
}
