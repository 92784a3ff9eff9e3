import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import ForChildren from '../../../../components/ForChildren'
import Page from '../../../../components/Page'
import WeChatPhoneButton from '../../../../components/WeChatPhoneButton'
import RemoteView from '../../../../components/RemoteView'
import Field from '../../../../components/Field'
import Button from '../../../../components/nut/button'
import Checkbox from '../../../../components/nut/checkbox'
import FieldError from '../../../../components/FieldError'
import Input from '../../../../components/nut/input'
import { useIsChild } from '../../../../hooks/useIsChild'
import { useRemote } from '../../../../hooks/useRemote'
import { getMe } from '../../../../lib/api/identity'
import { getConsents } from '../../../../lib/api/privacy'
import { ROUTES } from '../../../../lib/routes'
import { getMyVolunteering } from '../../api/getMyVolunteering'
import type { VolunteerProfileView } from '../../api/types'
import CommunityField from '../../components/CommunityField'
import SkillPicker from '../../components/SkillPicker'
import { NAME_MAX, VOLUNTEER_AGE, VOLUNTEER_AGE_WHY } from '../../hooks/rules'
import { startingValues, useRegisterForm, type RegisterDraft } from '../../hooks/useRegisterForm'
import '../volunteers.scss'

export const PRIVACY_NOTE = '您的真实姓名和电话只有您所在队伍的队长和负责志愿服务的工作人员能看到，用于联系活动和核实服务时长；其他人看到的是“张**”这样的称呼。'

interface Start {
  editing: boolean
  values: RegisterDraft
  /** the separate consent's words, while the person has not given it */
  identityConsent: { title: string; text: string } | null
}

/** Back to where the person came from (a team they want to join, say), or to 志愿服务. */
function leave() {
  const pages = Taro.getCurrentPages?.() ?? []
  if (pages.length > 1) void Taro.navigateBack().catch(() => undefined)
  else void Taro.redirectTo({ url: ROUTES.volunteerHome }).catch(() => undefined)
}

export function RegisterForm({ start, onSaved }: { start: Start; onSaved: (p: VolunteerProfileView) => void }) {
  const f = useRegisterForm(start.values, onSaved, start.identityConsent !== null)
  const d = f.draft
  useEffect(() => {
    if (start.editing) void Promise.resolve(Taro.setNavigationBarTitle({ title: '修改志愿者资料' })).catch(() => undefined)
  }, [start.editing])
  return (
    <View>
      <View className='vo-head'>
        <Text className='ct-h1 ct-block'>{start.editing ? '修改志愿者资料' : '注册志愿者'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          {start.editing ? '改好后点“保存”。' : '填好下面几项就能加入志愿服务队、报名志愿活动。'}
        </Text>
      </View>

      <View className='vo-notice' role='note'>
        <Text className='ct-text ct-block'>{PRIVACY_NOTE}</Text>
      </View>

      <View className='ct-card'>
        <Field label='真实姓名' hint='请填身份证上的名字，开服务证明时用。' error={f.errors.realName}>
          <View className={`ct-box ${f.errors.realName ? 'ct-box--error' : ''}`}>
            <Input
              value={d.realName}
              placeholder='例如：张秀兰'
              maxLength={NAME_MAX}
              aria-label='真实姓名'
              onChange={(v: string) => f.setField('realName', v)}
            />
          </View>
        </Field>
        <Field label='手机号' hint='队长通知活动时联系您。' error={f.errors.phone}>
          <View className={`ct-box ${f.errors.phone ? 'ct-box--error' : ''}`}>
            <Input
              type='tel'
              value={d.phone}
              placeholder='11位手机号'
              maxLength={20}
              aria-label='手机号'
              onChange={(v: string) => f.setField('phone', v)}
            />
          </View>
          <WeChatPhoneButton onPhone={(phone) => f.setField('phone', phone)} />
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='服务社区' hint='您平时方便去服务的社区或村。' error={f.errors.communityId}>
          <CommunityField value={{ id: d.communityId, name: d.communityName }} onPick={f.pickCommunity} />
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='特长（可不选）' hint='点选您擅长的，最多 10 项；队长安排活动时参考。' error={f.errors.skills}>
          <SkillPicker
            skills={d.skills}
            typed={d.typedSkill}
            error={f.errors.skills}
            onToggle={f.toggleSkill}
            onType={(v) => f.setField('typedSkill', v)}
            onAdd={f.addTyped}
          />
        </Field>
      </View>

      {start.identityConsent ? (
        <View className='ct-card' role='group' aria-label={start.identityConsent.title}>
          <Text className='ct-title ct-block'>{start.identityConsent.title}</Text>
          <Text className='ct-text ct-block ct-mt-xs'>{start.identityConsent.text}</Text>
          <Checkbox className='ct-mt' checked={f.identityConsent} onChange={f.setIdentityConsent}>
            我同意为志愿服务提供真实姓名和手机号
          </Checkbox>
          <FieldError message={f.errors.identityConsent} />
        </View>
      ) : null}

      {f.errorCount > 0 && !(f.submitError && !f.submitError.details?.length) ? (
        <View className='vo-notice vo-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='vo-notice vo-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您填写的内容都还在，可以直接再点一次。</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        {start.editing ? '保存' : '注册成为志愿者'}
      </Button>
    </View>
  )
}

/**
 * Registering, or editing the profile: the form starts from the profile when
 * there is one, else from the person's home community (when they bound a home).
 */
export function RegisterScreen({ onSaved = leave }: { onSaved?: (p: VolunteerProfileView) => void }) {
  const isChild = useIsChild()
  const start = useRemote<Start>(async () => {
    const [me, identity, consents] = await Promise.all([getMyVolunteering(), getMe().catch(() => undefined), getConsents()])
    const home = identity?.household ? { communityId: identity.household.communityId, communityName: identity.household.communityName } : null
    const consent = consents.find((c) => c.purpose === 'volunteer_identity')
    return { editing: me.registered, values: startingValues(me.profile, home), identityConsent: consent && !consent.given ? { title: consent.title, text: consent.text } : null }
  })
  if (isChild) {
    return (
      <Page>
        <ForChildren title={VOLUNTEER_AGE} why={VOLUNTEER_AGE_WHY} />
      </Page>
    )
  }
  return (
    <Page>
      <RemoteView<Start> remote={start} rows={3} isEmpty={() => false}>
        {(s) => <RegisterForm start={s} onSaved={onSaved} />}
      </RemoteView>
    </Page>
  )
}

export default function RegisterPage() {
  return <RegisterScreen />
}
