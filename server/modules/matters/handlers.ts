import { defineAction, defineModule } from '../../core/action';
import { mattersInputs } from './contracts';
import { answerMatter } from './use-cases/answer-matter';
import { matterDetail } from './use-cases/matter-detail';
import { matterQueue } from './use-cases/matter-queue';
import { myMatters } from './use-cases/my-matters';
import { raiseMatter } from './use-cases/raise-matter';
import { reportMatter } from './use-cases/report-matter';
import { resolveMatter } from './use-cases/resolve-matter';

/** 问题不下楼: residents raise building matters; captains (and community staff) answer, resolve, or turn them into 随手拍 reports. */
export const mattersModule = defineModule('matters', {
  raise: defineAction({ input: mattersInputs.raise, run: raiseMatter }),
  mine: defineAction({ input: mattersInputs.mine, run: myMatters, readOnly: true }),
  queue: defineAction({ input: mattersInputs.queue, run: matterQueue, readOnly: true }),
  detail: defineAction({ input: mattersInputs.detail, run: matterDetail, readOnly: true }),
  answer: defineAction({ input: mattersInputs.answer, run: answerMatter }),
  resolve: defineAction({ input: mattersInputs.resolve, run: resolveMatter }),
  report: defineAction({ input: mattersInputs.report, run: reportMatter }),
});
