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
  categories: defineAction({ input: reportsInputs.categories, run: listCategories, readOnly: true }),
  nearby: defineAction({ input: reportsInputs.nearby, run: nearbyReports, readOnly: true }),
  submit: defineAction({ input: reportsInputs.submit, run: submitReport }),
  meToo: defineAction({ input: reportsInputs.meToo, run: meToo }),
  mine: defineAction({ input: reportsInputs.mine, run: myReports, readOnly: true }),
  detail: defineAction({ input: reportsInputs.detail, run: reportDetail, readOnly: true }),
  departments: defineAction({ input: reportsInputs.departments, run: listDepartments, readOnly: true }),
  staffQueue: defineAction({ input: reportsInputs.staffQueue, run: staffQueue, readOnly: true }),
  accept: defineAction({ input: reportsInputs.accept, run: acceptReport }),
  reject: defineAction({ input: reportsInputs.reject, run: rejectReport }),
  markDuplicate: defineAction({ input: reportsInputs.markDuplicate, run: markDuplicate }),
  assign: defineAction({ input: reportsInputs.assign, run: assignReport }),
  handlerQueue: defineAction({ input: reportsInputs.handlerQueue, run: handlerQueue, readOnly: true }),
  start: defineAction({ input: reportsInputs.start, run: startWork }),
  fix: defineAction({ input: reportsInputs.fix, run: fixReport }),
  return: defineAction({ input: reportsInputs.return, run: returnReport }),
  confirm: defineAction({ input: reportsInputs.confirm, run: confirmFix }),
  dispute: defineAction({ input: reportsInputs.dispute, run: disputeFix }),
  rate: defineAction({ input: reportsInputs.rate, run: rateReport }),
  gallery: defineAction({ input: reportsInputs.gallery, run: fixedGallery, readOnly: true }),
  overdue: defineAction({ input: reportsInputs.overdue, run: listOverdue, readOnly: true }),
  escalate: defineAction({ input: reportsInputs.escalate, run: escalateReport }),
  scoreboard: defineAction({ input: reportsInputs.scoreboard, run: departmentScoreboard, readOnly: true }),
  settings: defineAction({ input: reportsInputs.settings, run: reportSettings, readOnly: true }),
  saveCategory: defineAction({ input: reportsInputs.saveCategory, run: saveCategory }),
  saveAreaRule: defineAction({ input: reportsInputs.saveAreaRule, run: saveAreaRule }),
});
