import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Figure from '../../../../components/Figure'
import ListItem from '../../../../components/ListItem'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { toastOk } from '../../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import CaseCard from '../../components/CaseCard'
import ScoreTable, { OnTimeBars } from '../../components/ScoreTable'
import { escalateReport } from '../../api/escalateReport'
import { getScoreboard } from '../../api/getScoreboard'
import { listOverdue } from '../../api/listOverdue'
import type { CaseSummary, Id, ScoreboardRow } from '../../api/types'
import settingsIcon from '../../../../assets/icons/settings.png'
import reviewIcon from '../../../../assets/icons/review.png'
import publishIcon from '../../../../assets/icons/publish.png'
import commandIcon from '../../../../assets/icons/command.png'
import '../reports.scss'
import './index.scss'

export function CommandScreen() {
  const overdue = useRemote<CaseSummary[]>(listOverdue)
  const board = useRemote<ScoreboardRow[]>(getScoreboard)
  const reloadAll = () => Promise.all([overdue.reload(), board.reload()])
  usePullRefresh(reloadAll)
  useReloadOnShow(reloadAll)

  const [pressing, setPressing] = useState<Id | undefined>(undefined)
  const escalate = useAction(async (id: Id) => {
    setPressing(id)
    try {
      const res = await escalateReport(id)
      overdue.setData((prev) => (prev ?? []).map((c) => (c.id === id ? { ...c, escalated: true } : c)))
      toastOk('已督办')
      void overdue.reload()
      return res
    } finally {
      setPressing(undefined)
    }
  })

  const rows = board.data ?? []
  const fixed = rows.reduce((s, r) => s + r.fixed, 0)
  const received = rows.reduce((s, r) => s + r.received, 0)
  const rated = rows.filter((r) => r.satisfaction !== null && r.rated > 0)
  const ratedCount = rated.reduce((s, r) => s + r.rated, 0)
  const satisfaction = ratedCount ? rated.reduce((s, r) => s + (r.satisfaction as number) * r.rated, 0) / ratedCount : null

  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>指挥中心</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>全县随手拍的办理情况：超期的督办，各单位的成绩一目了然。</Text>
      </View>

      {board.data ? (
        <View className='ct-card rp-figures'>
          <Figure value={received} label='收到问题' unit='件' />
          <Figure value={fixed} label='已整改' unit='件' />
          <Figure value={overdue.data?.length ?? 0} label='超期' unit='件' />
          <Figure value={satisfaction === null ? '—' : satisfaction.toFixed(1)} label='满意度' />
        </View>
      ) : null}

      <ListItem
        icon={commandIcon}
        title='全县每日情况'
        note='每天收到、整改、超期的问题，督查得分，签署、投票和志愿服务，可按片区看'
        onClick={() => go(ROUTES.dashboard)}
      />

      <Text className='ct-section-title'>超期案件</Text>
      <RemoteView<CaseSummary[]> remote={overdue} rows={2} empty={{ title: '没有超期的问题', hint: '各单位都在期限内办理，继续保持' }}>
        {(list) => (
          <View>
            {list.map((c) => (
              <CaseCard key={c.id} c={c} onOpen={() => go(withQuery(ROUTES.reportDetail, { id: c.id }))}>
                {/* A case is escalated once; after that the department has been told. */}
                {c.escalated ? (
                  <Text className='ct-muted ct-block ct-mt'>已督办，等待责任单位办理</Text>
                ) : (
                  <Button
                    className='ct-btn ct-mt'
                    type='primary'
                    loading={escalate.busy && pressing === c.id}
                    disabled={escalate.busy}
                    onClick={() => void escalate.run(c.id)}
                  >
                    督办
                  </Button>
                )}
              </CaseCard>
            ))}
          </View>
        )}
      </RemoteView>

      <Text className='ct-section-title'>各单位办理情况</Text>
      <RemoteView<ScoreboardRow[]> remote={board} rows={2} empty={{ title: '还没有派过单', hint: '社区派单后，各责任单位的办理情况会显示在这里' }}>
        {(list) => (
          <View>
            <View className='ct-card rp-table-card'>
              <ScoreTable rows={list} />
              <Text className='ct-muted ct-block rp-table-note'>收到、整改、按时、超期为件数；按时：在办理期限内整改；用时：从派单到整改的小时数（中位数）；满意度：反映人评分的平均，5分满分。</Text>
            </View>
            <OnTimeBars rows={list} />
          </View>
        )}
      </RemoteView>

      <Text className='ct-section-title'>设置</Text>
      <ListItem
        icon={settingsIcon}
        title='问题类型与分拨'
        note='居民能选的问题类型，各类问题的责任单位和办理时限'
        onClick={() => go(ROUTES.reportSettings)}
      />
      <ListItem icon={reviewIcon} title='督查暗访' note='检查清单、暗访轮次和督查通报' onClick={() => go(ROUTES.inspectionRounds)} />
      <ListItem icon={publishIcon} title='月度考核' note='各社区每月得分和排名，审核后发布；设置各项权重' onClick={() => go(ROUTES.assessmentManage)} />
    </Page>
  )
}

export default function CommandPage() {
  return <CommandScreen />
}
