import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'

/** After the answer went in (or when it had already): thanks, what happens with it, and where to go next. */
export default function ThankYou(props: { already: boolean; anonymous: boolean; title: string; onHome: () => void; onList: () => void; child?: boolean }) {
  const { already, anonymous, title, onHome, onList, child } = props
  if (child) return <ChildThanks already={already} title={title} onHome={onHome} onList={onList} />
  return (
    <View className='ct-card qn-thanks' role='status'>
      <Text className='qn-thanks__mark' aria-hidden='true'>
        ✓
      </Text>
      <Text className='ct-h1 ct-block'>{already ? '您已经填过这份问卷了' : '提交成功，感谢您的参与！'}</Text>
      <Text className='ct-text ct-block ct-mt'>{`《${title}》`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>
        {anonymous ? '这份问卷不记名，您的回答只用于汇总统计。' : '您的回答会交给社区工作人员汇总。'}
        每人只能填一次，大家的意见会送到社区和县创文办，用来改进工作。
      </Text>
      <View className='ct-btn-row ct-mt-lg'>
        <Button className='ct-btn' type='default' onClick={onList}>
          看看其他问卷
        </Button>
        <Button className='ct-btn' type='primary' onClick={onHome}>
          回到首页
        </Button>
      </View>
    </View>
  )
}

/** A child's thanks (小手拉大手): the same steps, in a child's words. */
function ChildThanks({ already, title, onHome, onList }: { already: boolean; title: string; onHome: () => void; onList: () => void }) {
  return (
    <View className='ct-card qn-thanks' role='status'>
      <Text className='qn-thanks__mark' aria-hidden='true'>
        ✓
      </Text>
      <Text className='ct-h1 ct-block'>{already ? '你已经填过这份问卷啦' : '交上去啦，谢谢你！'}</Text>
      <Text className='ct-text ct-block ct-mt'>{`《${title}》`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>不用写名字，没有人知道哪份是你填的。大家的想法会送到社区，让我们的家更文明。</Text>
      <View className='ct-btn-row ct-mt-lg'>
        <Button className='ct-btn' type='default' onClick={onList}>
          看看其他问卷
        </Button>
        <Button className='ct-btn' type='primary' onClick={onHome}>
          回到首页
        </Button>
      </View>
    </View>
  )
}
