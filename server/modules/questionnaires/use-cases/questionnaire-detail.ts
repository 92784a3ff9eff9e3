import type { UseCaseContext } from '../../../core/action';
import type { QuestionnaireView } from '../contracts';
import { reach } from '../access';
import { toCards, toView } from '../views';

/** The questions, for someone in the audience or who manages it; anyone else is refused. */
export async function questionnaireDetail(ctx: UseCaseContext, input: { questionnaireId: string }): Promise<QuestionnaireView> {
  const access = await reach(ctx, input.questionnaireId);
  const [card] = await toCards(ctx.db, ctx.actor, [access.row], ctx.now, access.home);
  // toCards decided inAudience from the same home; reach() refused everyone else already
  return toView(card, access.row);
}
