import { defineAction, defineModule } from '../../core/action';
import { questionnairesInputs } from './contracts';
import { createQuestionnaire } from './use-cases/create-questionnaire';
import { exportAnswers } from './use-cases/export-answers';
import { listAudiences } from './use-cases/list-audiences';
import { listQuestionnaires } from './use-cases/list-questionnaires';
import { pendingQuestionnaires } from './use-cases/pending-questionnaires';
import { questionnaireDetail } from './use-cases/questionnaire-detail';
import { questionnaireResults } from './use-cases/questionnaire-results';
import { submitAnswers } from './use-cases/submit-answers';
import { textAnswers } from './use-cases/text-answers';

export const questionnairesModule = defineModule('questionnaires', {
  audiences: defineAction({ input: questionnairesInputs.audiences, run: listAudiences, readOnly: true }),
  create: defineAction({ input: questionnairesInputs.create, run: createQuestionnaire }),
  list: defineAction({ childMode: true, input: questionnairesInputs.list, run: listQuestionnaires, readOnly: true }),
  pending: defineAction({ childMode: true, input: questionnairesInputs.pending, run: pendingQuestionnaires, readOnly: true }),
  detail: defineAction({ childMode: true, input: questionnairesInputs.detail, run: questionnaireDetail, readOnly: true }),
  submit: defineAction({ childMode: true, input: questionnairesInputs.submit, run: submitAnswers }),
  results: defineAction({ input: questionnairesInputs.results, run: questionnaireResults, readOnly: true }),
  textAnswers: defineAction({ input: questionnairesInputs.textAnswers, run: textAnswers, readOnly: true }),
  exportCsv: defineAction({ input: questionnairesInputs.exportCsv, run: exportAnswers }),
});
