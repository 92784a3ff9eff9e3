import { defineAction, defineModule } from '../../core/action';
import { campaignInputs } from './contracts';
import { summary } from './use-cases/summary';
import { todo } from './use-cases/todo';

export const campaignModule = defineModule('campaign', {
  summary: defineAction({ input: campaignInputs.summary, run: summary, readOnly: true }),
  todo: defineAction({ input: campaignInputs.todo, run: todo, readOnly: true }),
});
