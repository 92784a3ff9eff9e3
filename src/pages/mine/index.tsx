import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import Page from '../../components/Page'
import RemoteView from '../../components/RemoteView'
import ListItem from '../../components/ListItem'
import Button from '../../components/nut/button'
import { useRemote, type Remote } from '../../hooks/useRemote'
import { useAction } from '../../hooks/useAction'
import { usePullRefresh } from '../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { useTabPage } from '../../hooks/useTabPage'
import { getMe } from '../../lib/api/identity'
import { getMyPoints } from '../../lib/api/points'
import { apiMode, demoSignOut } from '../../lib/cloud'
import { roleLabel } from '../../lib/labels'
import { ROUTES, go, withQuery } from '../../lib/routes'
import { SESSION_CHANGED, announceSessionChanged } from '../../lib/session'
import { toastOk } from '../../lib/feedback'
import type { Me } from '../../lib/api-types'
import type { BalanceView } from '../../../server/modules/points/contracts'
import reviewIcon from '../../assets/icons/review.png'
import publishIcon from '../../assets/icons/publish.png'
import householdIcon from '../../assets/icons/household.png'
import shopIcon from '../../assets/icons/shop.png'
import conventionIcon from '../../assets/icons/convention.png'
import reportIcon from '../../assets/icons/report.png'
import workorderIcon from '../../assets/icons/workorder.png'
import commandIcon from '../../assets/icons/command.png'
import settingsIcon from '../../assets/icons/settings.png'
import familyIcon from '../../assets/icons/family.png'
import goodPeopleIcon from '../../assets/icons/goodpeople.png'
import consentCodeIcon from '../../assets/icons/consent-code.png'
import activityIcon from '../../assets/icons/activity.png'
import volunteerIcon from '../../assets/icons/volunteer.png'
import './index.scss'

interface WorkItem {
  key: string
  title: string
  note: string
  icon: string
  url: string
}

/** One 工作台 entry per kind of work the person's roles allow. */
export function workbenchFor(me: Me): WorkItem[] {
  const items: WorkItem[] = []
  const has = (r: string) => me.roles.some((g) => g.role === r)
  const scopes = (r: string) =>
    me.roles
      .filter((g) => g.role === r)
      .map((g) => g.scopeName)
      .filter(Boolean)
      .join('、')
  if (has('captain') || has('staff')) {
    items.push({
      key: 'review',
      title: '住户绑定审核',
      note: has('captain') ? `楼长 · ${scopes('captain') || '我的楼栋'}` : `社区 · ${scopes('staff') || '我的社区'}`,
      icon: reviewIcon,
      url: ROUTES.captainQueue,
    })
  }
  if (has('captain') || has('staff') || has('admin')) {
    items.push({
      key: 'notices',
      title: '楼栋通知管理',
      note: has('captain')
        ? `发通知、看回执 · ${scopes('captain') || '我的楼栋'}`
        : has('staff')
          ? `发通知、看回执 · ${scopes('staff') || '我的社区'}`
          : '发通知、看回执 · 全县楼栋',
      icon: publishIcon,
      url: ROUTES.noticeManage,
    })
  }
  if (has('captain') || has('staff')) {
    items.push({
      key: 'matters',
      title: '楼栋事务',
      note: has('captain') ? `居民找楼长的事 · ${scopes('captain') || '我的楼栋'}` : `居民找楼长的事 · ${scopes('staff') || '我的社区'}`,
      icon: workorderIcon,
      url: ROUTES.matterQueue,
    })
  }
  if (has('admin') || has('staff')) {
    items.push({
      key: 'appointments',
      title: '职务与邀请',
      note: has('admin') ? '任命楼长、网格员、单位办事员、志愿队长 · 全县' : `任命楼长和工作人员 · ${scopes('staff') || '我的社区'}`,
      icon: reviewIcon,
      url: ROUTES.appointments,
    })
  }
  if (has('admin')) {
    items.push({ key: 'campaignSettings', title: '创文设置', note: '名称、开始日期、口号、首页横幅', icon: settingsIcon, url: ROUTES.campaignSettings })
    items.push({ key: 'placesImport', title: '导入地址', note: '社区（村）、楼栋（组）、单元、房号（户） · 从表格导入', icon: householdIcon, url: ROUTES.placesImport })
    items.push({ key: 'placesLocations', title: '社区位置', note: '中心点和边界 · 随手拍按位置分给社区', icon: reportIcon, url: ROUTES.placesLocations })
    items.push({ key: 'stations', title: '文明实践阵地', note: '新时代文明实践中心、所、站', icon: activityIcon, url: ROUTES.stations })
    items.push({ key: 'departments', title: '责任单位', note: '随手拍分派给的单位 · 添加和查看', icon: workorderIcon, url: ROUTES.departments })
  }
  if (has('admin') || has('staff')) {
    items.push({
      key: 'publish',
      title: '发布公约新版本',
      note: has('admin') ? '市民文明公约 · 门前六包' : `居民文明公约 · ${scopes('staff') || '我的社区'}`,
      icon: publishIcon,
      url: ROUTES.adminPublish,
    })
  }
  if (has('staff') || has('admin')) {
    items.push({
      key: 'reports-staff',
      title: '案件受理',
      note: has('staff') ? `随手拍受理派单 · ${scopes('staff') || '我的社区'}` : '随手拍受理派单 · 全县',
      icon: reviewIcon,
      url: ROUTES.reportStaff,
    })
  }
  if (has('handler')) {
    items.push({
      key: 'reports-handler',
      title: '我的工单',
      note: `派给本单位的随手拍 · ${scopes('handler') || '按期限办理'}`,
      icon: workorderIcon,
      url: ROUTES.reportHandler,
    })
  }
  if (has('admin')) {
    items.push({
      key: 'reports-command',
      title: '指挥中心',
      note: '超期督办 · 各单位办理情况',
      icon: commandIcon,
      url: ROUTES.reportCommand,
    })
    items.push({
      key: 'reports-settings',
      title: '问题类型与分拨',
      note: '随手拍的问题类型、责任单位和办理时限',
      icon: settingsIcon,
      url: ROUTES.reportSettings,
    })
  }
  if (has('staff') || has('admin')) {
    items.push({
      key: 'families-review',
      title: '推荐审核',
      note: has('staff') ? `文明家庭评选的推荐 · ${scopes('staff') || '我的社区'}` : '文明家庭评选的推荐 · 全县',
      icon: reviewIcon,
      url: ROUTES.familyReview,
    })
  }
  if (has('admin')) {
    items.push({
      key: 'families-admin',
      title: '评选管理',
      note: '文明家庭评选：疑似刷票、投票明细、发起评选',
      icon: familyIcon,
      url: ROUTES.familyAdmin,
    })
  }
  if (has('staff') || has('admin')) {
    items.push({
      key: 'good-people-review',
      title: '好人审核',
      note: has('staff') ? `好人推荐的确认和审核 · ${scopes('staff') || '我的社区'}` : '好人推荐的确认、审核和称号 · 全县',
      icon: reviewIcon,
      url: ROUTES.goodPeopleReview,
    })
  }
  if (has('team_lead')) {
    const team = me.roles.find((g) => g.role === 'team_lead')
    items.push({
      key: 'volunteer-members',
      title: '队员管理',
      note: `入队申请和队员名单 · ${scopes('team_lead') || '我的志愿队'}`,
      icon: volunteerIcon,
      url: withQuery(ROUTES.volunteerMembers, { id: team?.scopeId ?? undefined }),
    })
  }
  if (has('team_lead') || has('staff') || has('admin')) {
    items.push({
      key: 'activities',
      title: '活动管理',
      note: has('team_lead')
        ? `发布活动、签到码、确认时长 · ${scopes('team_lead') || '我的志愿队'}`
        : has('staff')
          ? `社区活动的报名、签到和时长 · ${scopes('staff') || '我的社区'}`
          : '志愿服务和社区活动 · 全县',
      icon: activityIcon,
      url: withQuery(ROUTES.activityList, { tab: 'manage' }),
    })
  }
  if (has('staff') || has('admin')) {
    items.push({
      key: 'questionnaires',
      title: '问卷管理',
      note: has('admin') ? '发起问卷、看结果、导出答卷 · 全县' : `发起问卷、看结果、导出答卷 · ${scopes('staff') || '我的社区'}`,
      icon: reviewIcon,
      url: withQuery(ROUTES.questionnaireList, { tab: 'manage' }),
    })
  }
  return items
}

/** `points`: the caller's balance, when loaded: 我的积分 shows to anyone who has a balance or a history (not only volunteers). */
export function MineScreen({ me, points }: { me: Remote<Me>; points?: Remote<BalanceView> }) {
  const signOut = useAction(async () => {
    await demoSignOut()
    toastOk('已退出')
    announceSessionChanged()
    await Taro.reLaunch({ url: ROUTES.signIn })
  })

  return (
    <Page className='mine'>
      <RemoteView<Me> remote={me} rows={3} isEmpty={() => false}>
        {(m) => {
          const work = workbenchFor(m)
          const roles = Array.from(new Set(m.roles.map((r) => r.role)))
          return (
            <View>
              <View className='ct-card mine__profile'>
                <View className='mine__avatar'>
                  <Text className='mine__avatar-text'>{m.user.name.slice(0, 1)}</Text>
                </View>
                <View className='ct-grow'>
                  <View className='mine__name-row'>
                    <Text className='ct-h1'>{m.user.name}</Text>
                    <View className='ct-link mine__edit' role='button' onClick={() => go(ROUTES.editName)}>
                      改名字
                    </View>
                  </View>
                  <Text className='ct-muted ct-block'>{m.county.name}</Text>
                  <View className='mine__roles'>
                    {roles.map((r) => (
                      <Text key={r} className='ct-tag ct-tag--red mine__role'>
                        {roleLabel(r)}
                      </Text>
                    ))}
                  </View>
                </View>
              </View>

              <Text className='ct-section-title'>我的家庭</Text>
              {m.household ? (
                <>
                  <ListItem
                    icon={householdIcon}
                    title={m.household.label}
                    note={`${m.household.communityName} · 已绑定`}
                    onClick={() => go(ROUTES.household)}
                  />
                  {m.user.isMinor ? null : (
                    <ListItem icon={familyIcon} title='我的孩子' note='添加孩子，交给孩子用（孩子模式）' onClick={() => go(ROUTES.children)} />
                  )}
                </>
              ) : m.pendingHousehold ? (
                <ListItem icon={householdIcon} title={m.pendingHousehold.label} note='等待楼长审核，通过后会在消息里告诉您' onClick={() => go(ROUTES.household)} />
              ) : (
                <View className='ct-card'>
                  <Text className='ct-text ct-block'>还没有绑定住户。绑定后可以签署本小区的居民公约、收到楼栋通知。</Text>
                  <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.household)}>
                    绑定住户
                  </Button>
                </View>
              )}

              <Text className='ct-section-title'>我参与的</Text>
              <ListItem icon={conventionIcon} title='文明公约' note='查看和签署公约' onClick={() => go(ROUTES.conventionList)} />
              <ListItem icon={publishIcon} title='楼栋通知' note='楼长和社区发给本楼的通知' onClick={() => go(ROUTES.noticeList)} />
              <ListItem icon={reportIcon} title='我的随手拍' note='我反映的问题和办理进展' onClick={() => go(ROUTES.myReports)} />
              <ListItem icon={workorderIcon} title='我找楼长的事' note='楼道杂物、噪音、邻里矛盾：楼长的回复和处理结果' onClick={() => go(ROUTES.matterMine)} />
              <ListItem icon={volunteerIcon} title='志愿服务' note='我的志愿队、服务时长、证明和积分' onClick={() => go(ROUTES.volunteerHome)} />
              {points?.data && (points.data.balance > 0 || points.data.entries.length > 0) ? (
                <ListItem icon={volunteerIcon} title='我的积分' note={`${points.data.balance}积分 · 每一笔是怎么来的`} onClick={() => go(ROUTES.points)} />
              ) : null}
              <ListItem icon={shopIcon} title='积分超市' note='用积分换礼品、书籍和服务；我的兑换和取货码' onClick={() => go(ROUTES.mallList)} />
              {m.user.isMinor ? null : <ListItem icon={volunteerIcon} title='积分换互助' note='用积分请人帮忙，帮别人攒积分和互助时长' onClick={() => go(ROUTES.helpMine)} />}
              <ListItem icon={shopIcon} title='我的店铺' note='门前六包承诺' onClick={() => go(ROUTES.myShops)} />
              <ListItem icon={goodPeopleIcon} title='我推荐的好人' note='身边好人：我推荐的人和进展' onClick={() => go(ROUTES.goodPeopleMine)} />
              <ListItem icon={consentCodeIcon} title='输入确认码' note='有人推荐了您（或您的孩子）当身边好人，在这里确认' onClick={() => go(ROUTES.goodPeopleConsent)} />
              {m.user.isMinor ? null : (
                <ListItem icon={consentCodeIcon} title='输入邀请码' note='创文办或社区请您担任楼长、网格员等职务时，在这里接受' onClick={() => go(ROUTES.invitationAccept)} />
              )}
              <ListItem icon={familyIcon} title='我的推荐' note='文明家庭评选：我推荐的家庭' onClick={() => go(ROUTES.familyMine)} />
              {!m.user.isMinor && m.household ? (
                <ListItem icon={familyIcon} title='确认家庭推荐' note='孩子或邻居推荐了咱们家参加文明家庭评选时，在这里看一看、同意' onClick={() => go(ROUTES.familyConsents)} />
              ) : null}

              {work.length ? (
                <>
                  <Text className='ct-section-title'>工作台</Text>
                  {work.map((w) => (
                    <ListItem key={w.key} icon={w.icon} title={w.title} note={w.note} onClick={() => go(withQuery(w.url, {}))} />
                  ))}
                </>
              ) : null}

              <Text className='ct-section-title'>账号</Text>
              <ListItem icon={settingsIcon} title='个人信息与账号' note='查看和保存我的信息，撤回同意，注销账号' onClick={() => go(ROUTES.privacy)} />
              <ListItem icon={conventionIcon} title='隐私保护指引' note='我们收集什么、谁能看到、保存多久' onClick={() => go(ROUTES.privacyPolicy)} />
              <ListItem icon={conventionIcon} title='用户协议' onClick={() => go(ROUTES.terms)} />

              {apiMode() === 'http' ? (
                <Button
                  className='ct-btn ct-mt-lg'
                  type='default'
                  loading={signOut.busy}
                  onClick={() => void signOut.run()}
                >
                  退出登录
                </Button>
              ) : null}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function MinePage() {
  const me = useRemote(getMe, [], { keep: 'me' })
  const points = useRemote(getMyPoints, [], { keep: 'points' })
  const reload = () => Promise.all([me.reload(), points.reload()])
  useTabPage(ROUTES.mine)
  usePullRefresh(reload)
  useReloadOnShow(reload)
  useEffect(() => {
    const onChange = () => void reload()
    Taro.eventCenter.on(SESSION_CHANGED, onChange)
    return () => {
      Taro.eventCenter.off(SESSION_CHANGED, onChange)
    }
  }, [])
  return <MineScreen me={me} points={points} />
}
