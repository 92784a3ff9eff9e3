import { Text, View } from '@tarojs/components'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import PhotoPicker from '../../../../components/PhotoPicker'
import { LoadingRows } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import TextArea from '../../../../components/nut/textarea'
import { ROUTES, go } from '../../../../lib/routes'
import { charCount, exampleFor, KINDS, MAX_PHOTOS, TEXT_MAX, TEXT_MIN } from '../../hooks/rules'
import { useRaiseForm, type RaiseForm } from '../../hooks/useRaiseForm'
import '../matters.scss'

export const INTRO = '楼道里的杂物、垃圾，楼上楼下的噪音，邻里之间的小矛盾，告诉楼长，在楼里就解决。'
export const NOT_BOUND_TITLE = '先绑定您家的住址'
export const NOT_BOUND_HINT = '楼长要知道您住哪栋楼、哪一户，才能帮您。选好房号，楼长审核后就能找楼长了。'

export const PENDING_TITLE = '等待楼长审核'

/** Asked to bind, not yet approved: nothing to do but wait, and say so. */
function Pending({ label }: { label: string }) {
  return (
    <View className='ct-card' role='status'>
      <Text className='ct-title ct-block'>{PENDING_TITLE}</Text>
      <Text className='ct-text ct-block ct-mt-xs'>{`您申请绑定 ${label}，楼长审核通过后就能找楼长了。结果会在消息里告诉您。`}</Text>
    </View>
  )
}

/** No home bound: nothing to type yet — the way to bind, first. */
function NotBound() {
  return (
    <View className='ct-card' role='alert'>
      <Text className='ct-title ct-block'>{NOT_BOUND_TITLE}</Text>
      <Text className='ct-text ct-block ct-mt-xs'>{NOT_BOUND_HINT}</Text>
      <Button className='ct-btn ct-mt' type='primary' size='large' onClick={() => go(ROUTES.household)}>
        去绑定住户
      </Button>
    </View>
  )
}

function RaiseFields({ f }: { f: RaiseForm }) {
  const d = f.draft
  const typed = charCount(d.text)
  return (
    <View>
      {f.home ? (
        <View className='ct-card mt-to'>
          <Text className='ct-muted'>从</Text>
          <Text className='mt-to__place'>{f.home}</Text>
          <Text className='ct-muted'>发给本楼楼长</Text>
        </View>
      ) : null}

      <View className='ct-card'>
        <Field label='是什么事' error={f.errors.kind}>
          <Choices label='是什么事' options={KINDS.map((k) => ({ value: k.value, text: k.text }))} value={d.kind} onChange={(k) => f.setField('kind', k)} />
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='说说情况' hint={`至少 ${TEXT_MIN} 个字。写清楚在几单元几楼、什么时候，楼长好来看。`} error={f.errors.text}>
          <View className={`ct-box mt-textarea ${f.errors.text ? 'ct-box--error' : ''}`}>
            <TextArea
              value={d.text}
              placeholder={exampleFor(d.kind)}
              maxLength={TEXT_MAX}
              showCount
              aria-label='说说情况'
              onChange={(v: string) => f.setField('text', v)}
            />
          </View>
          {typed > 0 && typed < TEXT_MIN ? <Text className='ct-muted ct-block ct-mt-xs'>{`还差 ${TEXT_MIN - typed} 个字`}</Text> : null}
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='照片' hint={`可以不拍，最多 ${MAX_PHOTOS} 张。拍一下现场，楼长一看就明白。`}>
          <PhotoPicker
            refs={d.photos}
            onAdd={f.addPhoto}
            onRemove={f.removePhoto}
            addLabel='添加现场照片'
            max={MAX_PHOTOS}
            error={f.errors.photos}
            onBusyChange={f.setUploading}
          />
        </Field>
      </View>

      {f.errorCount > 0 && !f.submitError ? (
        <View className='mt-notice mt-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='mt-notice mt-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您写的内容都还在，可以直接再点“发给楼长”。</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        发给楼长
      </Button>
      <Text className='ct-muted ct-block ct-mt'>楼长回复了、解决了，都会在“消息”里告诉您。需要部门来办的，楼长会帮您转成随手拍。</Text>
    </View>
  )
}

export function RaiseScreen() {
  const f = useRaiseForm()
  return (
    <Page>
      <View className='mt-head'>
        <Text className='ct-h1 ct-block'>找楼长</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{INTRO}</Text>
      </View>
      {f.me.status === 'loading' && f.me.data === undefined ? <LoadingRows rows={2} /> : f.notBound ? f.me.data?.pendingHousehold ? <Pending label={f.me.data.pendingHousehold.label} /> : <NotBound /> : <RaiseFields f={f} />}
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(ROUTES.matterMine)}>
          我找楼长的事
        </View>
      </View>
    </Page>
  )
}

export default function RaisePage() {
  return <RaiseScreen />
}
