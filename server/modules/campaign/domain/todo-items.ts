import type { TodoItem } from '../contracts';

/** Pages of the mini-program the to-dos open (src/lib/routes.ts). */
const FAMILY_CONSENTS = '/features/families/pages/consents/index';
const QUESTIONNAIRE_ANSWER = '/features/questionnaires/pages/answer/index';

/** What 首页 needs to know of a 文明家庭 nomination waiting on the caller. */
export interface ConsentRequest {
  actions: readonly string[];
  nominatedAs: string;
  childName: string | null;
}

/**
 * 文明家庭: nominations of the caller's household waiting for their consent —
 * a child's (for the guardian) or a neighbour's (for any adult of the
 * household) — as one item that opens 确认家庭推荐.
 */
export function familyConsentTodo(requests: readonly ConsentRequest[]): TodoItem[] {
  const waiting = requests.filter((n) => n.actions.includes('consent'));
  if (!waiting.length) return [];
  const [n] = waiting;
  const title =
    waiting.length > 1
      ? `有 ${waiting.length} 个文明家庭推荐等您同意`
      : n.nominatedAs === '邻居推荐'
        ? '邻居推荐了您家参加文明家庭评选，等您同意'
        : `${n.childName ?? '孩子'}推荐了你们家参加文明家庭评选，等您同意`;
  return [{ kind: 'family_consent', title, path: FAMILY_CONSENTS }];
}

/** 问卷: each open questionnaire for the caller that they have not answered, opening its answer page. */
export function questionnaireTodo(pending: readonly { id: string; title: string }[]): TodoItem[] {
  return pending.map((q) => ({ kind: 'questionnaire', title: `请填写问卷：${q.title}`, path: `${QUESTIONNAIRE_ANSWER}?id=${encodeURIComponent(q.id)}` }));
}
