import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useRemote } from '../../../../hooks/useRemote'
import { getMe } from '../../../../lib/api/identity'
import type { Me } from '../../../../lib/api-types'
import { startingName, useEditName } from '../../hooks/useEditName'
import './index.scss'

/** The name as the server has it now (never from the link), then the form. */
export function EditNameScreen() {
  const me = useRemote<Me>(getMe)
  return (
    <Page>
      <View className='pf-head'>
        <Text className='ct-h1 ct-block'>我的名字</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>签署证书上会写这个名字；公开展示时只显示姓氏，如"王**"。</Text>
      </View>
      <RemoteView<Me> remote={me} rows={1} isEmpty={() => false}>
        {(m) => <EditNameForm initial={startingName(m.user.name)} />}
      </RemoteView>
    </Page>
  )
}

export function EditNameForm({ initial }: { initial: string }) {
  const f = useEditName(initial)
  return (
    <View className='ct-card'>
      <View className={`ct-box ${f.error ? 'ct-box--error' : ''}`}>
        <Input value={f.name} placeholder='请填写您的姓名' maxLength={20} onChange={(v: string) => f.setName(v)} />
      </View>
      {f.error ? <Text className='ct-field-error'>{f.error}</Text> : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.saving} onClick={() => void f.save()}>
        保存
      </Button>
    </View>
  )
}

export default function EditNamePage() {
  return <EditNameScreen />
}
