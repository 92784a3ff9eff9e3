import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useEditName } from '../../hooks/useEditName'
import './index.scss'

export function EditNameScreen({ initial }: { initial: string }) {
  const f = useEditName(initial)
  return (
    <Page>
      <View className='pf-head'>
        <Text className='ct-h1 ct-block'>我的名字</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>签署证书上会写这个名字；公开展示时只显示姓氏，如"王**"。</Text>
      </View>
      <View className='ct-card'>
        <View className={`ct-box ${f.error ? 'ct-box--error' : ''}`}>
          <Input value={f.name} placeholder='请填写您的姓名' maxLength={20} onChange={(v: string) => f.setName(v)} />
        </View>
        {f.error ? <Text className='ct-field-error'>{f.error}</Text> : null}
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.saving} onClick={() => void f.save()}>
          保存
        </Button>
      </View>
    </Page>
  )
}

export default function EditNamePage() {
  const { params } = useRouter()
  return <EditNameScreen initial={decodeURIComponent(params.name ?? '')} />
}
