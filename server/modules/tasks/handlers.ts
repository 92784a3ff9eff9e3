import { countyAdmin } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { taskInputs } from './contracts';
import { areaLeads, taskFollowers, unitHandlers } from './permissions';
import { areaBoard } from './use-cases/area-board';
import { createTask } from './use-cases/create-task';
import { editTask } from './use-cases/edit-task';
import { moveTask } from './use-cases/move-task';
import { withdrawTask } from './use-cases/withdraw-task';
import { listTaskOptions } from './use-cases/list-options';
import { myTasks } from './use-cases/my-tasks';
import { reportProgress } from './use-cases/report-progress';
import { signLetter } from './use-cases/sign-letter';
import { viewLetter } from './use-cases/view-letter';
import { viewPlan } from './use-cases/view-plan';
import { viewTask } from './use-cases/view-task';
import { weeklyCsv, weeklyReport } from './use-cases/weekly-report';

/**
 * 任务与责任书: the command centre builds the plan tree and reads the weekly
 * report; units sign the year's 责任书 and report progress on their people's
 * tasks; an area's sub-command sees the overdue tasks escalated to it.
 */
export const tasksModule = defineModule('tasks', {
  plan: defineAction({ authorize: countyAdmin, input: taskInputs.plan, run: viewPlan, readOnly: true }),
  options: defineAction({ authorize: countyAdmin, input: taskInputs.options, run: listTaskOptions, readOnly: true }),
  create: defineAction({ authorize: countyAdmin, input: taskInputs.create, run: createTask, texts: { scene: 'social', fields: (i) => ({ title: i.title }) } }),
  edit: defineAction({ authorize: countyAdmin, input: taskInputs.edit, run: editTask, texts: { scene: 'social', fields: (i) => ({ title: i.title }) } }),
  move: defineAction({ authorize: countyAdmin, input: taskInputs.move, run: moveTask }),
  withdraw: defineAction({ authorize: countyAdmin, input: taskInputs.withdraw, run: withdrawTask, texts: { scene: 'social', fields: (i) => ({ reason: i.reason }) } }),
  mine: defineAction({ authorize: unitHandlers, input: taskInputs.mine, run: myTasks, readOnly: true }),
  task: defineAction({ authorize: taskFollowers, input: taskInputs.task, run: viewTask, readOnly: true }),
  report: defineAction({ authorize: unitHandlers, input: taskInputs.report, run: reportProgress, texts: { scene: 'comment', fields: (i) => ({ note: i.note }) } }),
  board: defineAction({ authorize: areaLeads, input: taskInputs.board, run: areaBoard, readOnly: true }),
  weekly: defineAction({ authorize: countyAdmin, input: taskInputs.weekly, run: weeklyReport, readOnly: true }),
  weeklyCsv: defineAction({ authorize: countyAdmin, input: taskInputs.weeklyCsv, run: weeklyCsv, readOnly: true }),
  letter: defineAction({ authorize: unitHandlers, input: taskInputs.letter, run: viewLetter, readOnly: true }),
  signLetter: defineAction({ authorize: unitHandlers, input: taskInputs.signLetter, run: signLetter }),
});
