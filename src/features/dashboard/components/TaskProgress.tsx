import { Text, View } from '@tarojs/components'
import Figure from '../../../components/Figure'
import ProgressBar from '../../../components/ProgressBar'
import Button from '../../../components/nut/button'
import { go, ROUTES } from '../../../lib/routes'
import type { TaskProgressSlot } from '../api/types'
import { monthDay } from '../lib/lines'
import './TaskProgress.scss'

/**
 * 任务进度: the current plan's progress rolled up by weight, written as a
 * number and drawn as a bar, and this week's done / late / at risk written out
 * (as the weekly report counts them), with the way to the plan. Without a plan
 * it says so, and offers to build one.
 */
export default function TaskProgress({ tasks, areaName }: { tasks: TaskProgressSlot | null; areaName: string | null }) {
  if (!tasks) {
    return (
      <View className='ct-card db-tasks'>
        <Text className='ct-title ct-block'>还没有任务计划</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>先建一个总体方案，再一级一级分解到年度、月度和个人，进度就会显示在这里。</Text>
        <Button className='ct-btn db-tasks__go' type='primary' onClick={() => go(ROUTES.taskNew)}>
          去建任务计划
        </Button>
      </View>
    )
  }
  return (
    <View className='ct-card db-tasks'>
      <Text className='ct-title ct-block'>{tasks.planTitle}</Text>
      {tasks.percent === null ? (
        <Text className='ct-text ct-block ct-mt-xs'>{`${areaName}还没有分到这个方案的任务。`}</Text>
      ) : (
        <View className='ct-mt-xs'>
          <ProgressBar value={tasks.percent} label={areaName ? `${areaName}的进度` : '总进度'} />
          <Text className='ct-muted ct-block db-tasks__note'>
            {areaName ? `只算分到${areaName}的任务，按各级权重汇总，共${tasks.taskCount}项个人任务。` : `各级任务按权重汇总，共${tasks.taskCount}项个人任务。`}
          </Text>
        </View>
      )}
      <Text className='ct-text ct-block db-tasks__week'>{`本周（${monthDay(tasks.weekStart)}至${monthDay(tasks.weekEnd)}）`}</Text>
      <View className='db-tasks__counts'>
        <View className='db-tasks__cell'>
          <Figure value={tasks.done} label='按期完成' unit='项' />
        </View>
        <View className='db-tasks__cell'>
          <Figure value={tasks.late} label='逾期' unit='项' />
        </View>
        <View className='db-tasks__cell'>
          <Figure value={tasks.atRisk} label='有风险' unit='项' />
        </View>
      </View>
      <Text className='ct-muted ct-block db-tasks__note'>和任务周报的数法一样。有风险：一周内到期、进度还不到八成。</Text>
      <View className='db-tasks__links'>
        <Button className='ct-btn' type='primary' onClick={() => go(ROUTES.taskPlan)}>
          看任务计划
        </Button>
        <Button className='ct-btn' type='default' onClick={() => go(ROUTES.taskWeekly)}>
          看任务周报
        </Button>
      </View>
    </View>
  )
}
