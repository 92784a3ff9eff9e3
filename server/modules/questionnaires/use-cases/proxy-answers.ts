import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { findCommunity, listCommunities } from '../../places/facade';
import type { ProxyList, ProxySubmitResult } from '../contracts';
import { checkAnswers, tallyOrder } from '../domain/answers';
import { QUESTIONNAIRE_LIMITS as L } from '../domain/rules';
import { questionnaireState } from '../domain/state';
import { bumpAnswerCount, bumpTallies, findQuestionnaire, insertAnswer, openForProxy, proxyEntriesOn, takeProxyEntry } from '../repo';
import { toCards, toView } from '../views';

export const PROXY_CAP_REACHED = `今天已经代填${L.proxyDailyCap}份了，辛苦了！明天再来吧`;

/**
 * 代填: a registered volunteer (the policy) enters a passer-by's answers to an
 * open county-wide or community questionnaire, with the passer-by's community
 * (a community questionnaire takes only its own). No one-per-person key: each
 * entry counts, apart from self-answers (proxy_count), stored with the
 * volunteer who entered it and never sealed (the passer-by is not named).
 * The day's counter row is taken first: at the cap nothing is written.
 */
export async function proxySubmit(ctx: UseCaseContext, input: { questionnaireId: string; communityId: string; answers: Record<string, unknown> }): Promise<ProxySubmitResult> {
  const { db, actor, now } = ctx;
  const row = await findQuestionnaire(db, actor.countyId, input.questionnaireId);
  if (!row) throw fail.notFound('没有找到这份问卷，可能链接有误');
  if (row.forChildren) throw fail.forbidden('给孩子们的问卷请孩子自己填写，不能代填');
  if (row.audienceType === 'building') throw fail.forbidden('这份问卷只请这栋楼的居民自己填写，不能代填');
  const state = questionnaireState(row, now);
  if (state === 'upcoming') throw fail.closed('问卷还没开始，请到时间再来代填');
  if (state === 'closed') throw fail.closed('问卷已经截止了，不能再代填');
  const community = await findCommunity(db, actor.countyId, input.communityId);
  if (!community) throw fail.validation('请选择这位居民住的社区', [{ field: 'communityId', message: '请选择这位居民住的社区' }]);
  if (row.audienceType === 'community' && row.audienceId !== community.id) {
    throw fail.validation('这份问卷只问本社区的居民，请选对社区', [{ field: 'communityId', message: '这份问卷只问本社区的居民' }]);
  }
  const checked = checkAnswers(row.questions, input.answers);
  if (!checked.ok) {
    const first = checked.issues[0];
    throw fail.validation(checked.issues.length > 1 ? `还有${checked.issues.length}道题没答好：${first.message}` : first.message, checked.issues);
  }
  const day = beijingDay(now);
  const enteredToday = await takeProxyEntry(db, actor.countyId, actor.userId, day, L.proxyDailyCap);
  if (enteredToday === null) throw fail.rateLimited(PROXY_CAP_REACHED);
  await insertAnswer(db, {
    id: newId(),
    countyId: actor.countyId,
    questionnaireId: row.id,
    respondentId: null,
    answers: checked.value.stored,
    submittedOn: day,
    communityId: community.id,
    enteredBy: actor.userId,
  });
  await bumpTallies(db, row.id, tallyOrder(checked.value.tallies));
  await bumpAnswerCount(db, row.id, true);
  const after = await findQuestionnaire(db, actor.countyId, row.id);
  return { proxyCount: after?.proxyCount ?? 0, enteredToday };
}

/** What a volunteer may enter for passers-by now. */
export async function proxyList(ctx: UseCaseContext): Promise<ProxyList> {
  const { db, actor, now } = ctx;
  const rows = await openForProxy(db, actor.countyId, now);
  const cards = await toCards(db, actor, rows, now, null);
  const communities = await listCommunities(db, actor.countyId);
  return {
    questionnaires: cards.map((card, i) => toView(card, rows[i])),
    communities: communities.map((c) => ({ id: c.id, name: c.name })),
    enteredToday: await proxyEntriesOn(db, actor.userId, beijingDay(now)),
    dailyCap: L.proxyDailyCap,
  };
}
