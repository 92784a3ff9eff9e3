import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'

/** The thanks' words: a grown-up's (您), or a child's for a 小手拉大手 questionnaire (你). */
function wordsFor(child: boolean, already: boolean, anonymous: boolean) {
  if (child) {
    return {
      heading: already ? '你已经填过这份问卷啦' : '交上去啦，谢谢你！',
      after: '不用写名字，没有人知道哪份是你填的。大家的想法会送到社区，让我们的家更文明。',
    }
  }
  return {
    heading: already ? '您已经填过这份问卷了' : '提交成功，感谢您的参与！',
    after: `${anonymous ? '这份问卷不记名，您的回答只用于汇总统计。' : '您的回答会交给社区工作人员汇总。'}每人只能填一次，大家的意见会送到社区和县创文办，用来改进工作。`,
  }
}

/** After the answer went in (or when it had already): thanks, what happens with it, and where to go next. */
export default function ThankYou(props: { already: boolean; anonymous: boolean; title: string; onHome: () => void; onList: () => void; child?: boolean }) {
  const { already, anonymous, title, onHome, onList, child } = props
  const words = wordsFor(child ?? false, already, anonymous)
  return (
    <View className='ct-card qn-thanks' role='status'>
      <Text className='qn-thanks__mark' aria-hidden='true'>
        ✓
      </Text>
      <Text className='ct-h1 ct-block'>{words.heading}</Text>
      <Text className='ct-text ct-block ct-mt'>{`《${title}》`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>{words.after}</Text>
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
