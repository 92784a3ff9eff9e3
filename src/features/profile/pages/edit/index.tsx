import { Button as WxButton, Image, Text, View } from '@tarojs/components'
import PhotoPicker from '../../../../components/PhotoPicker'
import { photoUrl } from '../../../../lib/files'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useRemote } from '../../../../hooks/useRemote'
import { getMe } from '../../../../lib/api/identity'
import type { Me } from '../../../../lib/api-types'
import { startingName, useEditName } from '../../hooks/useEditName'
import './index.scss'

const isH5 = process.env.TARO_ENV === 'h5'

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
        {(m) => <EditNameForm initial={startingName(m.user.name)} avatar={m.user.avatarRef ?? null} />}
      </RemoteView>
    </Page>
  )
}

/** The avatar: WeChat's own avatar button in the mini-program (chooseAvatar), a photo in H5. */
function AvatarPicker({ f }: { f: ReturnType<typeof useEditName> }) {
  const shown = f.avatarRef ? photoUrl(f.avatarRef) : ''
  return (
    <View className='pf-avatar'>
      {shown ? <Image className='pf-avatar__img' src={shown} mode='aspectFill' aria-hidden='true' /> : <View className='pf-avatar__img pf-avatar__img--empty' />}
      <View className='ct-grow'>
        {isH5 ? (
          <PhotoPicker refs={f.avatarRef ? [f.avatarRef] : []} onAdd={(ref) => f.setAvatarRef(ref)} onRemove={() => f.setAvatarRef(null)} addLabel='选择头像照片' addText='选头像' max={1} onBusyChange={() => undefined} />
        ) : (
          <WxButton className='pf-avatar__btn' openType='chooseAvatar' onChooseAvatar={(e) => void f.pickAvatar((e as unknown as { detail: { avatarUrl: string } }).detail.avatarUrl)}>
            {f.avatarBusy ? '正在上传…' : f.avatarRef ? '换一个头像' : '选择微信头像'}
          </WxButton>
        )}
        {f.avatarError ? <Text className='ct-field-error'>{f.avatarError}</Text> : null}
      </View>
    </View>
  )
}

export function EditNameForm({ initial, avatar = null }: { initial: string; avatar?: string | null }) {
  const f = useEditName(initial, avatar)
  return (
    <View className='ct-card'>
      <AvatarPicker f={f} />
      <View className={`ct-box ct-mt ${f.error ? 'ct-box--error' : ''}`}>
        {/* WeChat's nickname field offers the person's WeChat nickname above the keyboard. */}
        <Input type={isH5 ? 'text' : ('nickname' as 'text')} value={f.name} placeholder='请填写您的姓名' maxLength={20} onChange={(v: string) => f.setName(v)} />
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
