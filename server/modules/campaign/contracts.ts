import { noInput } from '../../core/fields';

export const campaignInputs = {
  summary: noInput(),
  todo: noInput(),
};

export interface CampaignSummary {
  countyName: string;
  campaignName: string;
  startDate: string;
  dayNumber: number;
  figures: { signers: number; shopsPledged: number; householdsBound: number };
}

export interface TodoItem {
  kind: 'resign' | 'sign' | 'bind' | 'review_bindings';
  title: string;
  path: string;
}
