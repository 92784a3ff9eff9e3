import { Text, View } from '@tarojs/components'
import CampaignBanner from '../../../../components/CampaignBanner'
import DayPicker from '../../../../components/DayPicker'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import PhotoPicker from '../../../../components/PhotoPicker'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { NAME_MAX, SLOGAN_MAX, useCampaignSettings, type SettingsModel } from '../../hooks/useCampaignSettings'
import type { CampaignSettings, SettingsDraft } from '../../api/campaignSettings'
import PointsPolicyCard from '../../components/PointsPolicyCard'
import './index.scss'

function SettingsForm({ m, draft, county }: { m: SettingsModel; draft: SettingsDraft; county: string }) {
  const e = m.fieldErrors
  return (
    <View>
      <Text className='ct-section-title ct-block ad-section'>首页预览</Text>
      <View className='ad-preview'>
        <CampaignBanner campaign={{ countyName: county, ...draft }} />
      </View>
      <View className='ct-card'>
        <Field label='创建活动名称' error={e.campaignName}>
          <View className={e.campaignName ? 'ct-box ct-box--error' : 'ct-box'}>
            <Input value={draft.campaignName} placeholder='例如：青禾县创建全国文明城市' maxLength={NAME_MAX} aria-label='创建活动名称' onChange={(v: string) => m.patch({ campaignName: v })} />
          </View>
        </Field>
      </View>
      <View className='ct-card'>
        <DayPicker label='开始日期' hint='首页的“创文第几天”从这一天算起' value={draft.campaignStart} error={e.campaignStart} onChange={(day) => m.patch({ campaignStart: day })} />
      </View>
      <View className='ct-card'>
        <Field label='口号（可以不填）' hint={`显示在首页名称下面，最多${SLOGAN_MAX}个字`} error={e.slogan}>
          <View className={e.slogan ? 'ct-box ct-box--error' : 'ct-box'}>
            <Input value={draft.slogan} placeholder='例如：文明青禾 你我共建' maxLength={SLOGAN_MAX} aria-label='口号' onChange={(v: string) => m.patch({ slogan: v })} />
          </View>
        </Field>
      </View>
      <View className='ct-card'>
        <Field label='首页横幅照片（可以不放）' hint='横着拍的照片最合适；照片上会加一层暗色，让白字看得清'>
          <PhotoPicker
            refs={draft.bannerRef ? [draft.bannerRef] : []}
            onAdd={(ref) => m.patch({ bannerRef: ref })}
            onRemove={() => m.patch({ bannerRef: null })}
            addLabel='添加横幅照片'
            max={1}
            error={e.bannerRef}
            onBusyChange={m.setPhotoBusy}
          />
        </Field>
      </View>
      <View className='ct-card'>
        <Text className='ct-title ct-block'>隐私政策和用户协议</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>居民在“我的”和隐私弹窗里能看到：谁在运营这个小程序、个人信息的事找谁。</Text>
        <Field label='运营单位' error={e.privacyOperator}>
          <View className={e.privacyOperator ? 'ct-box ct-box--error' : 'ct-box'}>
            <Input value={draft.privacyOperator} placeholder='例如：青禾县创建全国文明城市指挥部办公室' maxLength={40} aria-label='运营单位' onChange={(v: string) => m.patch({ privacyOperator: v })} />
          </View>
        </Field>
        <Field label='个人信息联系方式' error={e.privacyContact}>
          <View className={e.privacyContact ? 'ct-box ct-box--error' : 'ct-box'}>
            <Input value={draft.privacyContact} placeholder='例如：0731-12345678，县政府大楼3楼' maxLength={60} aria-label='个人信息联系方式' onChange={(v: string) => m.patch({ privacyContact: v })} />
          </View>
        </Field>
      </View>
      {m.error && !Object.keys(e).length ? <FieldError message={m.error.message} /> : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.busy} disabled={m.photoBusy} onClick={() => void m.submit()}>
        {m.photoBusy ? '照片上传中…' : '保存'}
      </Button>
      <Text className='ct-muted ct-block ct-mt-xs'>保存后，所有人的首页立即更新。每次修改都会留下记录。</Text>
    </View>
  )
}

export function SettingsScreen() {
  const m = useCampaignSettings()
  return (
    <Page>
      <View className='ad-head'>
        <Text className='ct-h1 ct-block'>创文设置</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>创建活动的名称、开始日期、口号和首页横幅。</Text>
      </View>
      <RemoteView<CampaignSettings> remote={m.current} rows={4} isEmpty={() => false}>
        {(current) => (m.draft ? <SettingsForm m={m} draft={m.draft} county={current.countyName} /> : null)}
      </RemoteView>
      <PointsPolicyCard />
    </Page>
  )
}

export default function SettingsPage() {
  return <SettingsScreen />
}
