import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import Switch from '../../../components/nut/switch'
import TextArea from '../../../components/nut/textarea'
import { DATE_FIELDS, DATE_LABELS, VOTES_MAX, VOTES_MIN, type AdminModel } from '../hooks/useAdmin'
import Field from '../../../components/Field'
import WhenPicker from '../../../components/WhenPicker'

function Setting({ title, note, checked, onChange }: { title: string; note: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className='ct-spread fm-setting'>
      <View className='ct-grow'>
        <Text className='ct-text ct-block'>{title}</Text>
        <Text className='ct-muted ct-block'>{note}</Text>
      </View>
      <Switch className='fm-switch' checked={checked} aria-label={title} onChange={onChange} />
    </View>
  )
}

/** 发起新一届评选: name, words, the four dates (Beijing time) and the voting rules. */
export default function CampaignForm({ a }: { a: AdminModel }) {
  const f = a.form
  const e = a.errors
  return (
    <View>
      <View className='ct-card'>
        <Field label='评选名称' error={e.title}>
          <View className={`ct-box ${e.title ? 'ct-box--error' : ''}`}>
            <Input value={f.title} maxLength={40} placeholder='例如：2026年度文明家庭评选' aria-label='评选名称' onChange={(v: string) => a.setField('title', v)} />
          </View>
        </Field>
        <Field label='评选说明' hint='居民在评选页面看到的介绍' error={e.description}>
          <View className={`ct-box fm-reason ${e.description ? 'ct-box--error' : ''}`}>
            <TextArea value={f.description} maxLength={1000} placeholder='例如：评选的目的、谁可以被推荐、怎样投票、评上有什么荣誉' aria-label='评选说明' onChange={(v: string) => a.setField('description', v)} />
          </View>
        </Field>
      </View>

      <View className='ct-card'>
        <Text className='ct-title ct-block'>日程（北京时间）</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>推荐截止到投票开始之间，是社区审核的时间。</Text>
        <View className='ct-mt'>
          {DATE_FIELDS.map((k) => (
            <WhenPicker key={k} label={DATE_LABELS[k]} value={f[k]} error={e[k]} onChange={(w) => a.setField(k, w)} />
          ))}
        </View>
      </View>

      <View className='ct-card'>
        <Field label='每人每天可投' error={e.votesPerDay}>
          <View className='fm-stepper'>
            <View
              className={`fm-stepper__btn ${f.votesPerDay <= VOTES_MIN ? 'fm-stepper__btn--off' : ''}`}
              role='button'
              aria-label='少一票'
              aria-disabled={f.votesPerDay <= VOTES_MIN}
              onClick={() => f.votesPerDay > VOTES_MIN && a.setField('votesPerDay', f.votesPerDay - 1)}
            >
              <Text aria-hidden='true'>−</Text>
            </View>
            <Text className='fm-stepper__value' aria-live='polite'>{`${f.votesPerDay} 票`}</Text>
            <View
              className={`fm-stepper__btn ${f.votesPerDay >= VOTES_MAX ? 'fm-stepper__btn--off' : ''}`}
              role='button'
              aria-label='多一票'
              aria-disabled={f.votesPerDay >= VOTES_MAX}
              onClick={() => f.votesPerDay < VOTES_MAX && a.setField('votesPerDay', f.votesPerDay + 1)}
            >
              <Text aria-hidden='true'>+</Text>
            </View>
          </View>
        </Field>
        <Setting
          title='同一个家庭可以重复投'
          note={f.repeatSameFamily ? '每天的票可以都投给同一个家庭' : '每个家庭每人每天最多投1票'}
          checked={f.repeatSameFamily}
          onChange={(on) => a.setField('repeatSameFamily', on)}
        />
        <Setting
          title='绑定住户才能投票'
          note='防止刷票：没有绑定住户的账号不能投票'
          checked={f.requireHousehold}
          onChange={(on) => a.setField('requireHousehold', on)}
        />
        <Setting
          title='小朋友也可以投票'
          note={f.minorsMayVote ? '少年儿童账号可以投票' : '由成年居民投票，小朋友可以请家长来投'}
          checked={f.minorsMayVote}
          onChange={(on) => a.setField('minorsMayVote', on)}
        />
      </View>

      {a.createError && !a.createError.details?.length ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text'>{a.createError.message}</Text>
        </View>
      ) : null}
      <View className='ct-btn-row ct-mt'>
        <Button className='ct-btn' type='default' disabled={a.creating} onClick={a.closeForm}>
          先不发起
        </Button>
        <Button className='ct-btn' type='primary' loading={a.creating} onClick={() => void a.create()}>
          发起评选
        </Button>
      </View>
    </View>
  )
}
