import { Image, Text, View } from '@tarojs/components'
import { go } from '../../lib/routes'
import { askToSubscribe } from '../../lib/subscribe'
import type { WorkbenchDesk } from '../../lib/api-types'
import activityIcon from '../../assets/icons/activity.png'
import commandIcon from '../../assets/icons/command.png'
import codeIcon from '../../assets/icons/consent-code.png'
import familyIcon from '../../assets/icons/family.png'
import goodPeopleIcon from '../../assets/icons/goodpeople.png'
import householdIcon from '../../assets/icons/household.png'
import publishIcon from '../../assets/icons/publish.png'
import reportIcon from '../../assets/icons/report.png'
import reviewIcon from '../../assets/icons/review.png'
import settingsIcon from '../../assets/icons/settings.png'
import volunteerIcon from '../../assets/icons/volunteer.png'
import workorderIcon from '../../assets/icons/workorder.png'

/** A picture per tool, so that a captain finds 绑定审核 by its house and a handler 新工单 by its camera. */
const ICONS: Record<string, string> = {
  bindings: householdIcon,
  matters: workorderIcon,
  notices: publishIcon,
  cases: reportIcon,
  unclaimed: reportIcon,
  overdue: commandIcon,
  families: familyIcon,
  goodPeople: goodPeopleIcon,
  questionnaires: reviewIcon,
  toStart: reportIcon,
  inProgress: workorderIcon,
  applications: volunteerIcon,
  hours: reviewIcon,
  activities: activityIcon,
  flags: reviewIcon,
  appointments: codeIcon,
  places: householdIcon,
  settings: settingsIcon,
}

/**
 * The tiles where a working person starts the work the command structure
 * tells them about (新的督查暗访任务, 新任务, 逾期任务督办): their tap is where
 * WeChat may ask to send 工作提醒 (it only asks straight from a tap).
 */
const WORK_NEWS: Record<string, string[]> = { inspector: ['sites', 'bulletins'], handler: ['tasks', 'letter'], area_lead: ['escalated'] }

export function asksForWorkNews(role: string, tileKey: string): boolean {
  return WORK_NEWS[role]?.includes(tileKey) ?? false
}

/**
 * 工作台: one card per working role, at the top of 首页, each queue with how
 * many wait and one tap into it. A resident with no working role sees nothing.
 */
export default function Workbench({ desks }: { desks: WorkbenchDesk[] }) {
  if (desks.length === 0) return null
  return (
    <View className='home__desks'>
      {desks.map((desk) => (
        <View key={desk.role} className='ct-card home__desk' role='region' aria-label={`工作台：${desk.title}`}>
          <Text className='ct-title ct-block'>{`工作台 · ${desk.title}`}</Text>
          <View className='home__desk-tiles'>
            {desk.tiles.map((t) => {
              const waiting = t.count !== null && t.count > 0
              return (
                <View key={t.key} className='home__tile' role='button' data-key={t.key} data-count={t.count ?? ''} onClick={() => {
                    if (asksForWorkNews(desk.role, t.key)) askToSubscribe(['work'])
                    go(t.path)
                  }}
                >
                  {/* Read as "绑定审核 2": the name first in the page, though the picture sits above it. */}
                  <Text className='home__tile-text'>{t.label}</Text>
                  <View className='home__tile-icon-wrap'>
                    <Image className='home__tile-icon' src={ICONS[t.key] ?? reviewIcon} aria-hidden='true' />
                    {waiting ? <Text className='home__tile-count'>{t.count! > 99 ? '99+' : String(t.count)}</Text> : null}
                  </View>
                </View>
              )
            })}
          </View>
        </View>
      ))}
    </View>
  )
}
