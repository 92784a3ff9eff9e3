import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { currentCountyText } from '../../conventions/facade';
import type { PledgeText } from '../contracts';

export async function pledgeText({ db, actor }: UseCaseContext): Promise<PledgeText> {
  const text = await currentCountyText(db, actor.countyId, 'shop');
  if (!text) throw fail.notFound('本县还没有发布门前六包承诺书');
  return {
    versionId: text.id,
    version: text.version,
    title: text.title,
    preamble: text.preamble,
    articles: text.articles,
    signerCount: text.signerCount,
  };
}
