import { anyone, countyAdmin, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { reportsInputs } from './contracts';
import { acceptReport } from './use-cases/accept-report';
import { assignReport } from './use-cases/assign-report';
import { confirmFix } from './use-cases/confirm-fix';
import { departmentScoreboard } from './use-cases/department-scoreboard';
import { disputeFix } from './use-cases/dispute-fix';
import { escalateReport } from './use-cases/escalate-report';
import { fixReport } from './use-cases/fix-report';
import { fixedGallery } from './use-cases/fixed-gallery';
import { handlerQueue } from './use-cases/handler-queue';
import { listCategories } from './use-cases/list-categories';
import { listDepartments } from './use-cases/list-departments';
import { markDuplicate } from './use-cases/mark-duplicate';
import { meToo } from './use-cases/me-too';
import { myReports } from './use-cases/my-reports';
import { nearbyReports } from './use-cases/nearby-reports';
import { listOverdue } from './use-cases/overdue-cases';
import { rateReport } from './use-cases/rate-report';
import { rejectReport } from './use-cases/reject-report';
import { reportDetail } from './use-cases/report-detail';
import { reportSettings } from './use-cases/report-settings';
import { returnReport } from './use-cases/return-report';
import { saveAreaRule } from './use-cases/save-area-rule';
import { saveCategory } from './use-cases/save-category';
import { staffQueue } from './use-cases/staff-queue';
import { startWork } from './use-cases/start-work';
import { submitReport } from './use-cases/submit-report';

export const reportsModule = defineModule('reports', {
  categories: defineAction({ authorize: anyone, input: reportsInputs.categories, run: listCategories, readOnly: true }),
  nearby: defineAction({ authorize: anyone, input: reportsInputs.nearby, run: nearbyReports, readOnly: true }),
  submit: defineAction({ authorize: anyone, input: reportsInputs.submit, run: submitReport, texts: { scene: 'comment', fields: (input) => ({ description: input.description, address: input.address }) } }),
  meToo: defineAction({ authorize: anyone, input: reportsInputs.meToo, run: meToo }),
  mine: defineAction({ authorize: anyone, input: reportsInputs.mine, run: myReports, readOnly: true }),
  detail: defineAction({ authorize: anyone, input: reportsInputs.detail, run: reportDetail, readOnly: true }),
  departments: defineAction({ authorize: anyone, input: reportsInputs.departments, run: listDepartments, readOnly: true }),
  staffQueue: defineAction({ authorize: withRole('staff', 'admin'), input: reportsInputs.staffQueue, run: staffQueue, readOnly: true }),
  accept: defineAction({ authorize: withRole('staff', 'admin'), input: reportsInputs.accept, run: acceptReport, texts: { scene: 'comment', fields: (input) => ({ note: input.note }) } }),
  reject: defineAction({ authorize: withRole('staff', 'admin'), input: reportsInputs.reject, run: rejectReport, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  markDuplicate: defineAction({ authorize: withRole('staff', 'admin'), input: reportsInputs.markDuplicate, run: markDuplicate, texts: { scene: 'comment', fields: (input) => ({ note: input.note }) } }),
  assign: defineAction({ authorize: withRole('staff', 'admin'), input: reportsInputs.assign, run: assignReport, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  handlerQueue: defineAction({ authorize: withRole('handler'), input: reportsInputs.handlerQueue, run: handlerQueue, readOnly: true }),
  start: defineAction({ authorize: withRole('handler'), input: reportsInputs.start, run: startWork }),
  fix: defineAction({ authorize: withRole('handler'), input: reportsInputs.fix, run: fixReport, texts: { scene: 'comment', fields: (input) => ({ note: input.note }) } }),
  return: defineAction({ authorize: withRole('handler'), input: reportsInputs.return, run: returnReport, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  confirm: defineAction({ authorize: anyone, input: reportsInputs.confirm, run: confirmFix }),
  dispute: defineAction({ authorize: anyone, input: reportsInputs.dispute, run: disputeFix, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  rate: defineAction({ authorize: anyone, input: reportsInputs.rate, run: rateReport, texts: { scene: 'comment', fields: (input) => ({ comment: input.comment }) } }),
  gallery: defineAction({ authorize: anyone, input: reportsInputs.gallery, run: fixedGallery, readOnly: true }),
  overdue: defineAction({ authorize: countyAdmin, input: reportsInputs.overdue, run: listOverdue, readOnly: true }),
  escalate: defineAction({ authorize: countyAdmin, input: reportsInputs.escalate, run: escalateReport, texts: { scene: 'comment', fields: (input) => ({ note: input.note }) } }),
  scoreboard: defineAction({ authorize: anyone, input: reportsInputs.scoreboard, run: departmentScoreboard, readOnly: true }),
  settings: defineAction({ authorize: countyAdmin, input: reportsInputs.settings, run: reportSettings, readOnly: true }),
  saveCategory: defineAction({ authorize: countyAdmin, input: reportsInputs.saveCategory, run: saveCategory, texts: { scene: 'profile', fields: (input) => ({ name: input.name }) } }),
  saveAreaRule: defineAction({ authorize: countyAdmin, input: reportsInputs.saveAreaRule, run: saveAreaRule }),
});
