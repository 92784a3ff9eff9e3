import { Text, View } from '@tarojs/components'
import ListItem from './ListItem'
import { ROUTES, go } from '../lib/routes'

/**
 * What a child is offered where a page is for grown-ups: why, in words a
 * 10-year-old reads, and the things they can do instead — never a form that
 * can only end in a refusal.
 */
export default function ForChildren({ title, why }: { title: string; why: string }) {
  return (
    <View>
      <View className='ct-card' role='note'>
        <Text className='ct-title ct-block'>{title}</Text>
        <Text className='ct-text ct-block ct-mt-xs'>{why}</Text>
      </View>
      <Text className='ct-section-title'>你可以这样参与</Text>
      <ListItem title='推荐我们家' note='文明家庭评选：写一写你家的好故事' onClick={() => go(ROUTES.familyCampaign)} />
      <ListItem title='和家长一起参加活动' note='看看社区最近有什么活动' onClick={() => go(ROUTES.activityList)} />
      <ListItem title='填写问卷' note='说说你对小区的想法' onClick={() => go(ROUTES.questionnaireList)} />
      <ListItem title='随手拍' note='看到不文明的地方，请家长帮你拍下来' onClick={() => go(ROUTES.report)} />
    </View>
  )
}
