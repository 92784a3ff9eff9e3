import { defineAction, defineModule } from '../../core/action';
import { campaignInputs } from './contracts';
import { settings, updateSettings } from './use-cases/settings';
import { summary } from './use-cases/summary';
import { todo } from './use-cases/todo';

export const campaignModule = defineModule('campaign', {
  summary: defineAction({ childMode: true, input: campaignInputs.summary, run: summary, readOnly: true }),
  todo: defineAction({ childMode: true, input: campaignInputs.todo, run: todo, readOnly: true }),
  settings: defineAction({ input: campaignInputs.settings, run: settings, readOnly: true }),
  updateSettings: defineAction({ input: campaignInputs.updateSettings, run: updateSettings }),
});
