import { modules } from '../../../server/modules';

/** What a child may do on a guardian's phone: everything else refuses child mode. A reviewer checks this list. */
const CHILD_MODE = [
  'campaign.home',
  'campaign.summary',
  'campaign.todo',
  'conventions.certificate',
  'conventions.get',
  'conventions.history',
  'conventions.list',
  'families.campaign',
  'families.campaigns',
  'families.entries',
  'families.nominate',
  'families.nomination',
  'families.revise',
  'goodPeople.categories',
  'goodPeople.detail',
  'goodPeople.gallery',
  'goodPeople.honourRoll',
  'identity.me',
  'inbox.list',
  'inbox.markAllRead',
  'inbox.markRead',
  'inbox.unreadCount',
  'questionnaires.detail',
  'questionnaires.list',
  'questionnaires.pending',
  'questionnaires.submit',
];

describe('child mode', () => {
  it('is open only to the actions a child does, and to none that grants, consents, spends or reports', () => {
    const open = modules.flatMap((m) => Object.entries(m.actions).filter(([, def]) => def.childMode).map(([name]) => `${m.name}.${name}`));
    expect(open.sort()).toEqual(CHILD_MODE);
  });
});
