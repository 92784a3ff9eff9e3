import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo, useEffect } from 'react'
import CampaignBanner from '../../components/CampaignBanner'
import Page from '../../components/Page'
import RemoteView, { ErrorState, LoadingRows } from '../../components/RemoteView'
import Figure from '../../components/Figure'
import ListItem from '../../components/ListItem'
import Switch from '../../components/nut/switch'
import { partOf, useRemote } from '../../hooks/useRemote'
import { useLargeText } from '../../hooks/useLargeText'
import { usePullRefresh } from '../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { useTabPage } from '../../hooks/useTabPage'
import { useShare } from '../../hooks/useShare'
import { rememberHomeCounty } from '../../lib/share'
import { getHome } from '../../lib/api/campaign'
import { ROUTES, go } from '../../lib/routes'
import { SESSION_CHANGED } from '../../lib/session'
import { askToSubscribe } from '../../lib/subscribe'
import type { TodoItem } from '../../lib/api-types'
import conventionIcon from '../../assets/icons/convention.png'
import shopIcon from '../../assets/icons/shop.png'
import householdIcon from '../../assets/icons/household.png'
import mattersIcon from '../../assets/icons/workorder.png'
import publishIcon from '../../assets/icons/publish.png'
import reportIcon from '../../assets/icons/report.png'
import galleryIcon from '../../assets/icons/gallery.png'
import goodPeopleIcon from '../../assets/icons/goodpeople.png'
import familyIcon from '../../assets/icons/family.png'
import NoticesCard from './NoticesCard'
import Workbench from './Workbench'
import questionnaireIcon from '../../assets/icons/review.png'
import activityIcon from '../../assets/icons/activity.png'
import volunteerIcon from '../../assets/icons/volunteer.png'
import commandIcon from '../../assets/icons/command.png'
import './index.scss'

/** Entries appear here as their feature lands. */
const ENTRIES = [
  { key: 'convention', text: '文明公约', icon: conventionIcon, url: ROUTES.conventionList },
  { key: 'shop', text: '门前六包', icon: shopIcon, url: ROUTES.shopPledge },
  { key: 'household', text: '我的家庭', icon: householdIcon, url: ROUTES.household },
  // 找楼长 (问题不下楼): the wrench (sorting things out) until it has an icon of its own
  { key: 'matters', text: '找楼长', icon: mattersIcon, url: ROUTES.matterRaise },
  { key: 'notices', text: '楼栋通知', icon: publishIcon, url: ROUTES.noticeList },
  { key: 'gallery', text: '整改晒单', icon: galleryIcon, url: ROUTES.reportGallery },
  { key: 'bulletins', text: '督查通报', icon: commandIcon, url: ROUTES.bulletins },
  // 月度考核排名: each community's monthly score, once the command centre publishes it
  { key: 'ranking', text: '考核排名', icon: commandIcon, url: ROUTES.assessmentRanking },
  { key: 'good-people', text: '好人推荐', icon: goodPeopleIcon, url: ROUTES.goodPeople },
  { key: 'families', text: '文明家庭', icon: familyIcon, url: ROUTES.familyCampaign },
  { key: 'questionnaires', text: '问卷调查', icon: questionnaireIcon, url: ROUTES.questionnaireList },
  { key: 'activities', text: '活动报名', icon: activityIcon, url: ROUTES.activityList },
  { key: 'volunteers', text: '志愿服务', icon: volunteerIcon, url: ROUTES.volunteerHome },
]

const TODO_TAGS: Record<string, string> = {
  resign: '公约更新',
  sign: '待签署',
  bind: '待绑定',
  binding_pending: '审核中',
  review_bindings: '待审核',
  questionnaire: '待填写',
  family_consent: '待同意',
}

/**
 * 首页 loads in one call (campaign.home): in WeChat one cloud function wakes
 * instead of five, and the page is drawn once when the answer comes. It
 * opens with the answer it had last time, kept on the phone, while the new
 * one comes.
 */
export function useHome() {
  const home = useRemote(getHome, [], { keep: 'home' })
  const summary = partOf(home, (h) => h.summary)
  const todo = partOf(home, (h) => h.todo)
  return { home, summary, todo, desks: home.data?.desks ?? [], notices: home.data?.notices ?? null, reloadAll: home.reload }
}

/** The 13 entries: the same on every answer from the server, so drawn again only when the person's desks change what a tap opens. */
const EntryGrid = memo(function EntryGrid({ managesNotices, hearsOfAssessments }: { managesNotices: boolean; hearsOfAssessments: boolean }) {
  const openEntry = (e: (typeof ENTRIES)[number]) => {
    if (hearsOfAssessments && (e.key === 'bulletins' || e.key === 'ranking')) askToSubscribe(['work'])
    go(e.key === 'notices' && managesNotices ? ROUTES.noticeManage : e.url)
  }
  return (
    <View className='ct-card home__grid'>
      {ENTRIES.map((e) => (
        <View key={e.key} className='home__entry' role='button' onClick={() => openEntry(e)}>
          <Image className='home__entry-icon' src={e.icon} aria-hidden='true' />
          <Text className='home__entry-text'>{e.text}</Text>
        </View>
      ))}
    </View>
  )
})

export function HomeScreen({ home }: { home: ReturnType<typeof useHome> }) {
  const { summary, todo, desks, notices } = home
  const failed = summary.status === 'error' && !summary.data
  const [large, setLarge] = useLargeText()
  // A captain's or staff member's 楼栋通知 is the one they post from.
  const managesNotices = desks.some((d) => d.role === 'captain' || d.role === 'staff')
  // Community staff are told of their community's 督查通报 and 月度考核 (工作提醒): asked as they open either.
  const hearsOfAssessments = desks.some((d) => d.role === 'staff')

  return (
    <Page className='home' flush>
      <CampaignBanner campaign={summary.data} />

      <View className='home__body'>
        <Workbench desks={desks} />

        {summary.status === 'loading' && !summary.data ? (
          <LoadingRows rows={1} />
        ) : summary.status === 'error' && !summary.data ? (
          <ErrorState message={summary.error?.message ?? ''} onRetry={() => void summary.reload()} />
        ) : summary.data ? (
          <View className='ct-card home__figures'>
            <Figure value={summary.data.figures.signers} label='公约签署人' />
            <Figure value={summary.data.figures.shopsPledged} label='门前六包商户' />
            <Figure value={summary.data.figures.householdsBound} label='绑定住户' />
          </View>
        ) : null}

        <View className='ct-card home__report' role='button' onClick={() => go(ROUTES.report)}>
          <Image className='home__report-icon' src={reportIcon} aria-hidden='true' />
          <View className='ct-grow'>
            <Text className='home__report-title ct-block'>随手拍</Text>
            <Text className='ct-muted ct-block'>看到身边的问题，拍下来告诉我们</Text>
          </View>
          <Text className='home__report-go' aria-hidden='true'>
            去拍 ›
          </Text>
        </View>

        <NoticesCard notices={notices} />

        <EntryGrid managesNotices={managesNotices} hearsOfAssessments={hearsOfAssessments} />

        {/* When 首页 could not load, the figures' card above says so and offers 重试: once on a screen. */}
        {failed ? null : (
          <>
            <Text className='ct-section-title'>现在需要您</Text>
            <RemoteView<TodoItem[]>
              remote={todo}
              rows={2}
              empty={{ title: '眼下没有要办的事', hint: '去看看文明公约，或者给家门口的店铺推荐门前六包吧' }}
            >
              {(items) => (
                <View>
                  {items.map((t, i) => (
                    <ListItem
                      key={`${t.kind}-${i}`}
                      title={t.title}
                      extra={<Text className='ct-tag ct-tag--red'>{TODO_TAGS[t.kind] ?? '待办'}</Text>}
                      onClick={() => go(t.path)}
                    />
                  ))}
                </View>
              )}
            </RemoteView>
          </>
        )}

        <Text className='ct-section-title'>阅读设置</Text>
        <View className='ct-card ct-spread'>
          <View className='ct-grow'>
            <Text className='ct-title ct-block'>大字模式</Text>
            <Text className='ct-muted ct-block'>所有页面的字都放大，看得更清楚</Text>
          </View>
          <Switch
            className='home__switch'
            checked={large}
            aria-label='大字模式'
            onChange={(v: boolean) => {
              setLarge(v)
              Taro.showToast({ title: v ? '已开启大字模式' : '已关闭大字模式', icon: 'none' }).catch(() => undefined)
            }}
          />
        </View>
      </View>
    </Page>
  )
}

export default function HomePage() {
  const home = useHome()
  useTabPage(ROUTES.home)
  const campaign = home.summary.data
  useEffect(() => rememberHomeCounty(campaign?.countyId), [campaign?.countyId])
  useShare(() => ({ title: campaign ? `${campaign.campaignName}，一起来参与` : '文明共建，一起来参与', path: ROUTES.home }))
  usePullRefresh(home.reloadAll)
  // coming back from a feature page: figures and to-dos may have changed
  useReloadOnShow(home.reloadAll)
  useEffect(() => {
    const onChange = () => void home.reloadAll()
    Taro.eventCenter.on(SESSION_CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(SESSION_CHANGED, onChange)
    }
  }, [])
  return <HomeScreen home={home} />
}
