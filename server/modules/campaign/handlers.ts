import { anyone, countyAdmin } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { campaignInputs } from './contracts';
import { home } from './use-cases/home';
import { settings, updateSettings } from './use-cases/settings';
import { summary } from './use-cases/summary';
import { todo } from './use-cases/todo';
import { workbench } from './use-cases/workbench';

export const campaignModule = defineModule('campaign', {
  summary: defineAction({ authorize: anyone, childMode: true, input: campaignInputs.summary, run: summary, readOnly: true }),
  todo: defineAction({ authorize: anyone, childMode: true, input: campaignInputs.todo, run: todo, readOnly: true }),
  workbench: defineAction({ authorize: anyone, input: campaignInputs.workbench, run: workbench, readOnly: true }),
  home: defineAction({ authorize: anyone, childMode: true, input: campaignInputs.home, run: home, readOnly: true }),
  settings: defineAction({ authorize: countyAdmin, input: campaignInputs.settings, run: settings, readOnly: true }),
  updateSettings: defineAction({ authorize: countyAdmin, input: campaignInputs.updateSettings, run: updateSettings, texts: { scene: 'profile', fields: (input) => ({ campaignName: input.campaignName, slogan: input.slogan ?? '', privacyOperator: input.privacyOperator ?? '' }) } }),
});
