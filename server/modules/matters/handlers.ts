import { anyone, withRole } from '../../core/authorize';
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
  raise: defineAction({ authorize: anyone, input: mattersInputs.raise, run: raiseMatter, texts: { scene: 'comment', fields: (input) => ({ text: input.text }) } }),
  mine: defineAction({ authorize: anyone, input: mattersInputs.mine, run: myMatters, readOnly: true }),
  queue: defineAction({ authorize: withRole('captain', 'staff'), input: mattersInputs.queue, run: matterQueue, readOnly: true }),
  detail: defineAction({ authorize: anyone, input: mattersInputs.detail, run: matterDetail, readOnly: true }),
  answer: defineAction({ authorize: withRole('captain', 'staff'), input: mattersInputs.answer, run: answerMatter, texts: { scene: 'comment', fields: (input) => ({ text: input.text }) } }),
  resolve: defineAction({ authorize: withRole('captain', 'staff'), input: mattersInputs.resolve, run: resolveMatter, texts: { scene: 'comment', fields: (input) => ({ resolution: input.resolution }) } }),
  report: defineAction({ authorize: withRole('captain', 'staff'), input: mattersInputs.report, run: reportMatter }),
});
