import { Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import Page from '../../../../components/Page'
import Button from '../../../../components/nut/button'
import { useChildMode } from '../../../../hooks/useChildMode'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go } from '../../../../lib/routes'
import familyIcon from '../../../../assets/icons/family.png'
import conventionIcon from '../../../../assets/icons/convention.png'
import goodPeopleIcon from '../../../../assets/icons/goodpeople.png'
import reviewIcon from '../../../../assets/icons/review.png'
import { childQuestionnaires } from '../../api/childQuestionnaires'
import '../household.scss'

const TILES = [
  { text: '推荐我的家', note: '参加文明家庭评选，爸爸妈妈同意后给社区看', icon: familyIcon, url: ROUTES.familyCampaign },
  { text: '给小朋友的问卷', note: '说说你的想法', icon: reviewIcon, url: ROUTES.questionnaireList, waiting: true },
  { text: '文明公约', note: '一起读一读', icon: conventionIcon, url: ROUTES.conventionList },
  { text: '身边好人', note: '看看身边的好人好事', icon: goodPeopleIcon, url: ROUTES.goodPeople },
]

/** Where a child starts in child mode: big tiles for what children do here, and nothing else. */
/** What the questionnaire tile says: how many 小手拉大手 questionnaires wait for this child. */
export function questionnaireNote(waiting: number | undefined): string {
  return waiting ? `有${waiting}份问卷等你来填` : '说说你的想法'
}

export function ChildHomeScreen() {
  const child = useChildMode()
  // the children's questionnaires this child has not answered yet (the call is the child's: child mode travels with it)
  const pending = useRemote(() => (child ? childQuestionnaires().catch(() => []) : Promise.resolve([])), [child?.childId])
  useReloadOnShow(pending.reload)
  useDidShow(() => {
    // No way back to the grown-up's pages from here but the bar's grown-up question.
    if (process.env.TARO_ENV !== 'h5') void Taro.hideHomeButton?.()
  })
  if (!child) {
    return (
      <Page>
        <View className='ct-card'>
          <Text className='ct-text ct-block'>孩子模式已经结束了。</Text>
          <Button className='ct-btn ct-mt' type='primary' onClick={() => void Taro.reLaunch({ url: ROUTES.mine })}>
            回到我的
          </Button>
        </View>
      </Page>
    )
  }
  return (
    <Page>
      <View className='hh-child-hello'>
        <Text className='ct-h1 ct-block'>{`你好，${child.name}！`}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>你写的内容，要爸爸妈妈同意后才会给别人看。</Text>
      </View>
      {TILES.map((t) => (
        <View key={t.text} className='ct-card ct-card--tap hh-child-tile' role='button' onClick={() => void go(t.url)}>
          <Image className='hh-child-tile__icon' src={t.icon} aria-hidden='true' />
          <View className='ct-grow'>
            <Text className='hh-child-tile__text ct-block'>{t.text}</Text>
            {t.waiting && pending.data?.length ? (
              <Text className='hh-child-tile__waiting ct-block'>{questionnaireNote(pending.data.length)}</Text>
            ) : (
              <Text className='ct-muted ct-block'>{t.note}</Text>
            )}
          </View>
        </View>
      ))}
    </Page>
  )
}

export default function ChildHomePage() {
  return <ChildHomeScreen />
}
