import type { UseCaseContext } from '../../../core/action';
import { conventionsForHome } from '../../conventions/facade';
import { consentRequests } from '../../families/facade';
import { pendingQuestionnaires } from '../../questionnaires/facade';
import { countPendingInScopes, currentHome, pendingHomeOf, reviewScopes } from '../../households/facade';
import { householdLabel } from '../../places/facade';
import type { TodoItem } from '../contracts';
import { familyConsentTodo, questionnaireTodo } from '../domain/todo-items';
import { optionalPart } from './optional-part';

/**
 * What needs this person now, most pressing first: a 文明家庭 consent
 * (someone is waiting on it), the bindings a captain or staff member reviews,
 * the conventions to sign, binding their home, then the questionnaires.
 */
export async function todo(ctx: UseCaseContext): Promise<TodoItem[]> {
  const [consents, own, surveys] = await Promise.all([
    optionalPart('文明家庭 consents', () => consentRequests(ctx), []),
    ownTodo(ctx),
    optionalPart('questionnaires', () => pendingQuestionnaires(ctx), []),
  ]);
  return [...familyConsentTodo(consents), ...own, ...questionnaireTodo(surveys)];
}

async function ownTodo(ctx: UseCaseContext): Promise<TodoItem[]> {
  const items: TodoItem[] = [];
  const scopes = reviewScopes(ctx.actor);
  if (scopes.buildingIds.length || scopes.communityIds.length) {
    const waiting = await countPendingInScopes(ctx.db, ctx.actor.countyId, scopes);
    if (waiting) items.push({ kind: 'review_bindings', title: `有 ${waiting} 个住户绑定申请等您审核`, path: '/features/captain/pages/queue/index' });
  }
  const home = await currentHome(ctx.db, ctx.actor.countyId, ctx.actor.userId);
  const conventions = await conventionsForHome(ctx, home);
  for (const c of conventions) {
    const path = `/features/convention/pages/detail/index?id=${c.id}`;
    if (c.mine === 'resign') items.push({ kind: 'resign', title: `《${c.title}》已更新，请签署新版本`, path });
    if (c.mine === 'unsigned') items.push({ kind: 'sign', title: `阅读并签署《${c.title}》`, path });
  }
  if (!ctx.actor.isMinor && !home) {
    const pending = await pendingHomeOf(ctx.db, ctx.actor.countyId, ctx.actor.userId);
    items.push(
      pending
        ? { kind: 'binding_pending', title: `等待楼长审核：${householdLabel(pending)}`, path: '/features/household/pages/bind/index' }
        : { kind: 'bind', title: '绑定您的住户，接收楼栋通知、签署居民公约', path: '/features/household/pages/bind/index' },
    );
  }
  return items;
}
