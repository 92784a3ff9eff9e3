import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { NominationView } from '../api/types'
import { serverErrors } from '../hooks/rules'
import { useFamilyDraft } from '../hooks/useFamilyDraft'
import type { NominationModel } from '../hooks/useNomination'
import FamilyForm from './FamilyForm'

export const reviseDraftKey = (id: string) => `families.revise.${id}`

/** After staff asked for changes: the same form, started from what was sent, with staff's words above it. */
export default function ReviseForm({ v, m, child }: { v: NominationView; m: NominationModel; child: boolean }) {
  const form = useFamilyDraft(reviseDraftKey(v.id), { displayName: v.displayName, story: v.story, photos: v.photos, showChildName: false }, child)
  const errors = { ...serverErrors(m.fieldErrors), ...form.errors }
  const submit = async () => {
    const content = form.checked()
    if (!content) return
    const done = await m.revise(content)
    if (done) form.clear()
  }
  return (
    <View>
      <Text className='ct-section-title'>{child ? '改一改再提交' : '修改推荐内容'}</Text>
      <FamilyForm
        value={form.value}
        onChange={form.setField}
        addPhoto={form.addPhoto}
        removePhoto={form.removePhoto}
        errors={errors}
        child={child}
        onBusyChange={form.setUploading}
      />
      {Object.keys(errors).length ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${Object.keys(errors).length} 处需要改一改，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {m.error && !m.error.details?.length && !m.sheet ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{m.error.message}</Text>
        </View>
      ) : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.busy && m.running === 'revise'} disabled={m.busy} onClick={() => void submit()}>
        修改好了，重新提交
      </Button>
    </View>
  )
}
