import type { UseCaseContext } from '../../../core/action';
import { scopesOf } from '../../../core/actor';
import { iso } from '../../../core/clock';
import { countyOf } from '../../campaign/facade';
import { currentCountyText, versionNumbers } from '../../conventions/facade';
import { userNames } from '../../identity/facade';
import { namesOfPlaces } from '../../places/facade';
import type { LetterView } from '../contracts';
import { lettersOf } from '../repo';

/** The year's 目标责任书 (the county's current text) and, for each unit the caller handles, its signature of that version. */
export async function viewLetter({ db, actor }: UseCaseContext): Promise<LetterView> {
  const unitIds = scopesOf(actor, 'handler');
  const [county, text, unitNames, letters] = await Promise.all([countyOf(db, actor.countyId), currentCountyText(db, actor.countyId, 'responsibility'), namesOfPlaces(db, 'departments', unitIds), lettersOf(db, actor.countyId, unitIds)]);
  const current = letters.filter((l) => l.versionId === text?.id);
  const [signers, versions] = await Promise.all([userNames(db, current.map((l) => l.userId)), versionNumbers(db, current.map((l) => l.versionId))]);
  return {
    countyName: county.name,
    text: text ? { versionId: text.id, version: text.version, title: text.title, preamble: text.preamble, articles: text.articles, signerCount: text.signerCount } : null,
    units: [...unitNames].map(([departmentId, name]) => {
      const l = current.find((x) => x.departmentId === departmentId);
      return { departmentId, name, signed: l ? { signerNo: l.signerNo, signedAt: iso(l.signedAt), signer: signers.get(l.userId) ?? '', version: versions.get(l.versionId) ?? 0 } : null };
    }),
  };
}
