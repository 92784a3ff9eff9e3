import { familyConsentTodo, questionnaireTodo } from '../../../../server/modules/campaign/domain/todo-items';

const CONSENTS = '/features/families/pages/consents/index';
const childs = { actions: ['consent'], nominatedAs: '由孩子推荐', childName: '王小明' };

describe('首页 to-do items from other modules', () => {
  test("a child's nomination names the child; a neighbour's says so; several are counted; one already consented to asks nothing", () => {
    expect(familyConsentTodo([childs])).toEqual([{ kind: 'family_consent', title: '王小明推荐了你们家参加文明家庭评选，等您同意', path: CONSENTS }]);
    expect(familyConsentTodo([{ actions: ['consent'], nominatedAs: '邻居推荐', childName: null }])).toEqual([
      { kind: 'family_consent', title: '邻居推荐了您家参加文明家庭评选，等您同意', path: CONSENTS },
    ]);
    expect(familyConsentTodo([childs, { actions: ['consent'], nominatedAs: '邻居推荐', childName: null }])[0].title).toBe('有 2 个文明家庭推荐等您同意');
    expect(familyConsentTodo([{ actions: ['withdrawConsent'], nominatedAs: '邻居推荐', childName: null }])).toEqual([]);
  });

  test('each unanswered questionnaire is one item that opens its answer page', () => {
    expect(questionnaireTodo([{ id: 'q 1', title: '创建文明城市群众满意度调查' }])).toEqual([
      { kind: 'questionnaire', title: '请填写问卷：创建文明城市群众满意度调查', path: '/features/questionnaires/pages/answer/index?id=q%201' },
    ]);
  });
});
