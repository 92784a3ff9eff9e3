import { Text, View } from '@tarojs/components'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { ROUTES, go } from '../../../../lib/routes'
import { useDepartments } from '../../hooks/useDepartments'
import type { DepartmentItem } from '../../api/types'
import '../places.scss'

export function DepartmentsScreen() {
  const m = useDepartments()
  return (
    <Page>
      <View className='pl-head'>
        <Text className='ct-h1 ct-block'>责任单位</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>随手拍反映的问题分派给这些单位处理。添加后，可以在“职务与邀请”里任命各单位的办事员。</Text>
      </View>
      <View className='ct-card'>
        <Field label='添加单位'>
          <View className={m.error ? 'ct-box ct-box--error' : 'ct-box'}>
            <Input value={m.name} placeholder='例如：县城管局' maxLength={30} aria-label='单位名称' onChange={(v: string) => m.setName(v)} />
          </View>
        </Field>
        {m.error ? <FieldError message={m.error} /> : null}
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.busy} onClick={() => void m.submit()}>
          添加
        </Button>
      </View>
      <Text className='ct-section-title ct-block pl-section'>全县的责任单位</Text>
      <RemoteView<DepartmentItem[]> remote={m.list} rows={4} empty={{ title: '还没有责任单位', hint: '先添加县里处理问题的单位，例如城管局、住建局、交警大队。' }}>
        {(items) => (
          <View className='ct-card'>
            {items.map((d) => (
              <Text key={d.id} className='pl-line'>
                {d.name}
              </Text>
            ))}
          </View>
        )}
      </RemoteView>
      <Button className='ct-btn ct-mt' fill='outline' onClick={() => void go(ROUTES.invitationNew)}>
        任命单位办事员
      </Button>
    </Page>
  )
}

export default function DepartmentsPage() {
  return <DepartmentsScreen />
}
