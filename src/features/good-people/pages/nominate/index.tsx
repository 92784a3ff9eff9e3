import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import { useEffect } from 'react'
import ForChildren from '../../../../components/ForChildren'
import Page from '../../../../components/Page'
import { useIsChild } from '../../../../hooks/useIsChild'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import CategoryPicker from '../../components/CategoryPicker'
import ConsentCode from '../../components/ConsentCode'
import Field from '../../../../components/Field'
import PhotoPicker from '../../../../components/PhotoPicker'
import StoryField from '../../components/StoryField'
import { MAX_PHOTOS, NAME_MAX, STORY_MIN } from '../../hooks/rules'
import { isChildCategory, useNominateForm, type NominateForm } from '../../hooks/useNominateForm'
import type { Category } from '../../api/types'
import '../good-people.scss'

export const CONTACT_NOTE = '只给社区工作人员核实用，不会公开，也不会给其他人看到。'
/** 新时代好少年: the number asked for is a parent's (a child keeps none), and the parent is who answers. */
export const CHILD_CONTACT_NOTE = '推荐的是孩子，请填孩子爸爸或妈妈的手机号，由家长决定是否公开。号码只给社区工作人员核实用，不会公开。'

function NominateFields({ f }: { f: NominateForm }) {
  const d = f.draft
  const forChild = isChildCategory(d.category)
  const nameLabel = forChild ? '孩子的姓名' : '被推荐人姓名'
  const contactLabel = forChild ? '孩子家长的手机号' : '被推荐人联系电话'
  return (
    <View>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>推荐身边好人</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          说说您身边的好人好事。对方同意公开、社区审核通过后，事迹会在“身边好人”展示。
        </Text>
      </View>

      <View className='ct-card'>
        <Field label='推荐类别' error={f.errors.category}>
          <RemoteView<Category[]> remote={f.categories} rows={2} empty={{ title: '暂时没有可以推荐的类别', hint: '请稍后再来' }}>
            {(list) => <CategoryPicker list={list} value={d.category} onChange={(k) => f.setField('category', k)} />}
          </RemoteView>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label={nameLabel} error={f.errors.nomineeName}>
          <View className={`ct-box ${f.errors.nomineeName ? 'ct-box--error' : ''}`}>
            <Input
              value={d.nomineeName}
              placeholder={forChild ? '例如：王小明' : '例如：赵德明'}
              maxLength={NAME_MAX}
              aria-label={nameLabel}
              onChange={(v: string) => f.setField('nomineeName', v)}
            />
          </View>
        </Field>
        <Field label={contactLabel} hint={forChild ? CHILD_CONTACT_NOTE : CONTACT_NOTE} error={f.errors.nomineeContact}>
          <View className={`ct-box ${f.errors.nomineeContact ? 'ct-box--error' : ''}`}>
            <Input
              type='tel'
              value={d.nomineeContact}
              placeholder={forChild ? '家长的手机号' : '手机号或带区号的座机号'}
              maxLength={20}
              aria-label={contactLabel}
              onChange={(v: string) => f.setField('nomineeContact', v)}
            />
          </View>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='好人事迹' hint={`至少${STORY_MIN}个字。写清楚时间、地点、做了什么，更容易通过审核。`} error={f.errors.story}>
          <StoryField value={d.story} error={f.errors.story} onChange={(v) => f.setField('story', v)} />
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='照片' hint={`可以不放，最多 ${MAX_PHOTOS} 张。请不要拍到别人的证件和门牌。`}>
          <PhotoPicker
            refs={d.photos}
            onAdd={f.addPhoto}
            onRemove={f.removePhoto}
            addLabel='添加事迹照片'
            max={MAX_PHOTOS}
            error={f.errors.photos}
            onBusyChange={f.setUploading}
          />
        </Field>
      </View>

      {f.errorCount > 0 && !f.submitError ? (
        <View className='gp-notice gp-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='gp-notice gp-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您填写的内容都还在，可以直接再点“提交推荐”。</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        提交推荐
      </Button>
      <Text className='ct-muted ct-block ct-mt'>
        {forChild ? '提交后会给您一个确认码，请转告孩子的家长，家长同意后才会进入审核。' : '提交后会给您一个确认码，请转告被推荐人，由本人同意后才会进入审核。'}
      </Text>
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(ROUTES.goodPeopleMine)}>
          我推荐的好人
        </View>
      </View>
    </View>
  )
}

export function NominateScreen() {
  const isChild = useIsChild()
  const f = useNominateForm()
  const result = f.result
  const code = result?.consentCode
  useEffect(() => {
    // the code is what matters now: show it from the top
    if (code) Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
  }, [code])
  useShare(() =>
    result
      ? { title: result.forChild ? `我推荐了您的孩子${result.nomineeName}为新时代好少年，请点开确认` : `${result.nomineeName}，我推荐您为身边好人，请点开确认`, path: withQuery(ROUTES.goodPeopleConsent, { code: result.consentCode }) }
      : { title: '推荐身边好人', path: ROUTES.goodPeople },
  )
  return (
    <Page>
      {result ? (
        <ConsentCode
          code={result.consentCode}
          nomineeName={result.nomineeName}
          forChild={result.forChild ?? false}
          onMine={() => {
            const url = ROUTES.goodPeopleMine
            void Taro.redirectTo({ url }).catch(() => go(url))
          }}
          onAgain={f.startOver}
        />
      ) : isChild ? (
        // The nominee's phone is contact data: a child is never asked for it (the server refuses it too).
        <ForChildren title='请家长来推荐身边好人' why='推荐身边好人要留下被推荐人的电话，这件事请爸爸妈妈用他们的微信来做。' />
      ) : (
        <NominateFields f={f} />
      )}
    </Page>
  )
}

export default function NominatePage() {
  return <NominateScreen />
}
