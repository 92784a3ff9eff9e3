import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import WhenPicker from '../../../../components/WhenPicker'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import Switch from '../../../../components/nut/switch'
import TextArea from '../../../../components/nut/textarea'
import { ROUTES, go } from '../../../../lib/routes'
import QuestionEditor from '../../components/QuestionEditor'
import { LIMITS } from '../../hooks/rules'
import { audienceKey, useCreateForm, type CreateForm } from '../../hooks/useCreateForm'
import type { AudienceOption, AudienceType } from '../../api/types'
import '../questionnaires.scss'

const TYPE_TEXT: Record<AudienceType, string> = { county: '全县', community: '一个社区', building: '一栋楼' }

type Who = 'residents' | 'children'
const WHO: { value: Who; text: string }[] = [
  { value: 'residents', text: '居民' },
  { value: 'children', text: '给孩子们（小手拉大手）' },
]

/** 谁来填: residents, or children (小手拉大手: only children see it, on their own WeChat or in 孩子模式 on a parent's phone). */
function WhoPicker({ f }: { f: CreateForm }) {
  const children = f.draft.forChildren === true
  return (
    <Field
      label='谁来填'
      hint={children ? '只有孩子能看到、能填写，大人看不到。不记名；题目里不要问孩子的名字、学校和电话。' : '居民填写；孩子看不到这份问卷'}
      error={f.errors.audienceType}
    >
      <Choices label='谁来填' options={WHO} value={children ? 'children' : 'residents'} onChange={(w) => f.setForChildren(w === 'children')} />
    </Field>
  )
}

function AudiencePicker({ f, options }: { f: CreateForm; options: AudienceOption[] }) {
  const chosen = f.draft.audience.split(':')[0] as AudienceType | ''
  const [picked, setType] = useState<AudienceType | ''>(chosen)
  const children = f.draft.forChildren === true
  // children's questionnaires go to the county or a community, never one building
  const type = children && picked === 'building' ? '' : picked
  const types = (['county', 'community', 'building'] as const).filter((t) => options.some((o) => o.type === t) && !(children && t === 'building'))
  const places = options.filter((o) => o.type === type)
  return (
    <Field label='发给谁' hint={children ? '按孩子家绑定的住户算：只有住在那里的孩子能看到、能填写' : '按住户绑定的家算：只有住在那里的居民能看到、能填写'} error={f.errors.audienceId}>
      <Choices
        label='发给谁'
        options={types.map((t) => ({ value: t, text: TYPE_TEXT[t] }))}
        value={type}
        onChange={(t) => {
          setType(t)
          const only = options.filter((o) => o.type === t)
          f.setField('audience', t === 'county' && only[0] ? audienceKey(only[0]) : '')
        }}
      />
      {type && type !== 'county' ? (
        <View className='ct-mt'>
          <Choices label={type === 'community' ? '选择社区' : '选择楼栋'} options={places.map((o) => ({ value: audienceKey(o), text: o.name }))} value={f.draft.audience} onChange={(k) => f.setField('audience', k)} />
        </View>
      ) : null}
    </Field>
  )
}

function Form({ f, audiences }: { f: CreateForm; audiences: AudienceOption[] }) {
  const d = f.draft
  const e = f.errors
  return (
    <View>
      <View className='ct-card'>
        <Field label='问卷标题' error={e.title}>
          <View className={`ct-box ${e.title ? 'ct-box--error' : ''}`}>
            <Input value={d.title} placeholder='例如：幸福里社区环境卫生满意度调查' maxLength={LIMITS.titleMax} aria-label='问卷标题' onChange={(v: string) => f.setField('title', v)} />
          </View>
        </Field>
        <Field label='说明（可以不写）' hint='告诉大家为什么问、要多长时间、怎么用结果' error={e.intro}>
          <View className={`ct-box qn-textarea ${e.intro ? 'ct-box--error' : ''}`}>
            <TextArea value={d.intro} placeholder='例如：为了解大家对小区环境的看法，请花两分钟填写。' maxLength={LIMITS.introMax} showCount aria-label='问卷说明' onChange={(v: string) => f.setField('intro', v)} />
          </View>
        </Field>
      </View>

      <Text className='ct-section-title'>{`题目（${d.questions.length} / ${LIMITS.questionsMax}）`}</Text>
      {d.questions.map((q, i) => (
        <QuestionEditor key={q.key} f={f} q={q} index={i} count={d.questions.length} />
      ))}
      {e.questions ? <Text className='ct-field-error'>{e.questions}</Text> : null}
      {d.questions.length < LIMITS.questionsMax ? (
        <Button className='ct-btn' type='default' onClick={() => f.addQuestion('single')}>
          ＋ 添加一道题
        </Button>
      ) : null}

      <Text className='ct-section-title'>发给谁、什么时候</Text>
      <View className='ct-card'>
        <WhoPicker f={f} />
        <AudiencePicker f={f} options={audiences} />
      </View>
      {d.forChildren ? (
        <View className='ct-card'>
          <Text className='ct-title ct-block'>不记名</Text>
          <Text className='ct-muted ct-block'>给孩子们的问卷都不记名：看不到是哪个孩子填的，也不收集孩子的名字和联系方式。</Text>
        </View>
      ) : (
        <View className='ct-card ct-spread'>
          <View className='ct-grow'>
            <Text className='ct-title ct-block'>不记名</Text>
            <Text className='ct-muted ct-block'>{d.anonymous ? '看不到是谁填的，导出的答卷也没有名字' : '记名：社区工作人员能看到每份答卷是谁填的'}</Text>
          </View>
          <Switch checked={d.anonymous} aria-label='不记名' onChange={(v: boolean) => f.setField('anonymous', v)} />
        </View>
      )}
      <View className='ct-card'>
        <WhenPicker label='开始时间' value={d.opens} error={e.opensAt} onChange={(w) => f.setField('opens', w)} />
        <WhenPicker label='截止时间' hint='截止后不能再填写，结果还能查看和导出' value={d.closes} error={e.closesAt} onChange={(w) => f.setField('closes', w)} />
      </View>

      {f.errorCount > 0 && !f.submitError ? (
        <View className='qn-notice qn-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='qn-notice qn-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您填写的内容都还在，可以直接再点“发布问卷”。</Text>
        </View>
      ) : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        发布问卷
      </Button>
      <Text className='ct-muted ct-block ct-mt'>发布后题目不能再改；到了开始时间，居民会在首页看到它。</Text>
    </View>
  )
}

export function CreateScreen() {
  const f = useCreateForm()
  return (
    <Page>
      <View className='qn-head'>
        <Text className='ct-h1 ct-block'>发起问卷</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>题目越少越好，10道题以内大家更愿意填完。写了一半可以先离开，内容会保存在手机上。</Text>
      </View>
      <RemoteView<AudienceOption[]>
        remote={f.audiences}
        rows={3}
        empty={{ title: '您还不能发起问卷', hint: '社区工作人员可以给本社区发问卷，县创文办可以给全县发。', actionText: '看看问卷', onAction: () => go(ROUTES.questionnaireList) }}
      >
        {(list) => <Form f={f} audiences={list} />}
      </RemoteView>
    </Page>
  )
}

export default function CreatePage() {
  return <CreateScreen />
}
