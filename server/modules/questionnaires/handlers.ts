import { anyone, refusing, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { questionnairesInputs } from './contracts';
import { createQuestionnaire, questionnaireTexts } from './use-cases/create-questionnaire';
import { exportAnswers } from './use-cases/export-answers';
import { listAudiences } from './use-cases/list-audiences';
import { listQuestionnaires } from './use-cases/list-questionnaires';
import { proxyList, proxySubmit } from './use-cases/proxy-answers';
import { pendingQuestionnaires } from './use-cases/pending-questionnaires';
import { questionnaireDetail } from './use-cases/questionnaire-detail';
import { questionnaireResults } from './use-cases/questionnaire-results';
import { submitAnswers, textAnswersIn } from './use-cases/submit-answers';
import { textAnswers } from './use-cases/text-answers';

const volunteersOnly = refusing(withRole('volunteer', 'team_lead'), '注册成为志愿者后才能帮居民代填问卷');

export const questionnairesModule = defineModule('questionnaires', {
  audiences: defineAction({ authorize: anyone, input: questionnairesInputs.audiences, run: listAudiences, readOnly: true }),
  create: defineAction({ authorize: withRole('staff', 'admin'), input: questionnairesInputs.create, run: createQuestionnaire, texts: { scene: 'forum', fields: questionnaireTexts } }),
  list: defineAction({ authorize: anyone, childMode: true, input: questionnairesInputs.list, run: listQuestionnaires, readOnly: true }),
  pending: defineAction({ authorize: anyone, childMode: true, input: questionnairesInputs.pending, run: pendingQuestionnaires, readOnly: true }),
  detail: defineAction({ authorize: anyone, childMode: true, input: questionnairesInputs.detail, run: questionnaireDetail, readOnly: true }),
  submit: defineAction({ authorize: anyone, childMode: true, input: questionnairesInputs.submit, run: submitAnswers, texts: { scene: 'comment', fields: textAnswersIn } }),
  // 代填: registered volunteers (and team leaders) enter passers-by's answers.
  proxyList: defineAction({ authorize: volunteersOnly, input: questionnairesInputs.proxyList, run: proxyList, readOnly: true }),
  proxySubmit: defineAction({ authorize: volunteersOnly, input: questionnairesInputs.proxySubmit, run: proxySubmit, texts: { scene: 'comment', fields: textAnswersIn } }),
  results: defineAction({ authorize: withRole('staff', 'admin'), input: questionnairesInputs.results, run: questionnaireResults, readOnly: true }),
  textAnswers: defineAction({ authorize: withRole('staff', 'admin'), input: questionnairesInputs.textAnswers, run: textAnswers, readOnly: true }),
  exportCsv: defineAction({ authorize: withRole('staff', 'admin'), input: questionnairesInputs.exportCsv, run: exportAnswers }),
});
