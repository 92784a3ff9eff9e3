import { anyone, countyAdmin } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { inspectionInputs } from './contracts';
import { inspectorsOnly } from './permissions';
import { createRound } from './use-cases/create-round';
import { mySites, siteForm } from './use-cases/inspector-sites';
import { listInspectors } from './use-cases/list-inspectors';
import { currentChecklist, listChecklists, saveChecklist } from './use-cases/manage-checklists';
import { addInspectionSite, editInspectionSite, listInspectionSites, retireInspectionSite } from './use-cases/manage-sites';
import { publishInspectionRound } from './use-cases/publish-round';
import { listBulletins, readBulletin } from './use-cases/read-bulletin';
import { recheckFailed } from './use-cases/recheck-failed';
import { recheckFinding } from './use-cases/recheck-finding';
import { submitInspection } from './use-cases/submit-inspection';
import { inspectionRound, listInspectionRounds } from './use-cases/view-rounds';

/**
 * 督查暗访: the command centre keeps checklists and sites, builds rounds and
 * publishes their bulletins; inspectors visit their sites; everyone reads
 * published bulletins. A round is seen by nobody else before it is published.
 */
export const inspectionsModule = defineModule('inspections', {
  checklists: defineAction({ authorize: countyAdmin, input: inspectionInputs.checklists, run: listChecklists, readOnly: true }),
  checklist: defineAction({ authorize: countyAdmin, input: inspectionInputs.checklist, run: currentChecklist, readOnly: true }),
  saveChecklist: defineAction({
    authorize: countyAdmin,
    input: inspectionInputs.saveChecklist,
    run: saveChecklist,
    texts: { scene: 'social', fields: (i) => ({ title: i.title, ...Object.fromEntries(i.items.flatMap((item, n) => [[`items.${n}.title`, item.title], [`items.${n}.standard`, item.standard]])) }) },
  }),
  sites: defineAction({ authorize: countyAdmin, input: inspectionInputs.sites, run: listInspectionSites, readOnly: true }),
  addSite: defineAction({ authorize: countyAdmin, input: inspectionInputs.addSite, run: addInspectionSite, texts: { scene: 'social', fields: (i) => ({ name: i.name, address: i.address }) } }),
  editSite: defineAction({ authorize: countyAdmin, input: inspectionInputs.editSite, run: editInspectionSite, texts: { scene: 'social', fields: (i) => ({ name: i.name, address: i.address }) } }),
  retireSite: defineAction({ authorize: countyAdmin, input: inspectionInputs.retireSite, run: retireInspectionSite }),
  inspectors: defineAction({ authorize: countyAdmin, input: inspectionInputs.inspectors, run: listInspectors, readOnly: true }),
  createRound: defineAction({ authorize: countyAdmin, input: inspectionInputs.createRound, run: createRound, texts: { scene: 'social', fields: (i) => ({ title: i.title }) } }),
  rounds: defineAction({ authorize: countyAdmin, input: inspectionInputs.rounds, run: listInspectionRounds, readOnly: true }),
  round: defineAction({ authorize: countyAdmin, input: inspectionInputs.round, run: inspectionRound, readOnly: true }),
  publish: defineAction({ authorize: countyAdmin, input: inspectionInputs.publish, run: publishInspectionRound }),
  mySites: defineAction({ authorize: inspectorsOnly, input: inspectionInputs.mySites, run: mySites, readOnly: true }),
  siteForm: defineAction({ authorize: inspectorsOnly, input: inspectionInputs.siteForm, run: siteForm, readOnly: true }),
  // A failed item's note goes into the case the public can see.
  submit: defineAction({ authorize: inspectorsOnly, input: inspectionInputs.submit, run: submitInspection, texts: { scene: 'comment', fields: (i) => Object.fromEntries(i.items.map((item) => [`items.${item.sort}.note`, item.note])) } }),
  recheck: defineAction({ authorize: inspectorsOnly, input: inspectionInputs.recheck, run: recheckFinding }),
  recheckFailed: defineAction({ authorize: inspectorsOnly, input: inspectionInputs.recheckFailed, run: recheckFailed }),
  bulletins: defineAction({ authorize: anyone, input: inspectionInputs.bulletins, run: listBulletins, readOnly: true }),
  bulletin: defineAction({ authorize: anyone, input: inspectionInputs.bulletin, run: readBulletin, readOnly: true }),
});
