import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { pledgeRecordOf } from '../../conventions/facade';
import { familyRecordOf } from '../../families/facade';
import { currentHome } from '../../households/facade';
import { childrenOf, profileOf } from '../../identity/facade';
import { householdLabel } from '../../places/facade';
import { personBalance } from '../../points/facade';
import { reportsByReporter } from '../../reports/facade';
import { volunteerRecordOf } from '../../volunteers/facade';
import type { MyData } from '../contracts';
import { CONSENT_PURPOSES } from '../domain/consent-purposes';
import { consentsOf } from '../repo';

/** 个人信息查阅/复制: everything the county holds about the caller, in one answer they can read and save. */
export async function myData(ctx: UseCaseContext): Promise<MyData> {
  const { db, actor } = ctx;
  const [profile, home, children, pledges, reports, family, volunteer, points, consents] = await Promise.all([
    profileOf(db, actor.userId),
    currentHome(db, actor.countyId, actor.userId),
    childrenOf(db, actor.userId),
    pledgeRecordOf(db, actor.userId),
    reportsByReporter(db, actor.userId),
    familyRecordOf(db, actor.userId),
    volunteerRecordOf(db, actor.userId),
    personBalance(db, actor.userId),
    consentsOf(db, actor.userId),
  ]);
  return {
    profile: { name: profile.name, phone: profile.phone, joinedAt: iso(profile.createdAt), roles: [...new Set(actor.roles.map((r) => r.role))] },
    household: home ? { label: householdLabel(home), community: home.communityName } : null,
    children: children.map((c) => ({ name: c.name, birthMonth: c.birthMonth })),
    pledges: pledges.map((p) => ({ title: p.title, version: p.version, signerNo: p.signerNo, signedAt: iso(p.signedAt) })),
    reports: reports.map((r) => ({ category: r.category, description: r.description, address: r.address, status: r.status, submittedAt: iso(r.submittedAt), anonymous: r.anonymous })),
    familyNominations: family.nominations.map((n) => ({ displayName: n.displayName, status: n.status, createdAt: iso(n.createdAt) })),
    familyVotes: family.votes,
    volunteer,
    points,
    consents: consents.map((c) => ({ purpose: c.purpose, title: CONSENT_PURPOSES[c.purpose].title, givenAt: iso(c.givenAt), withdrawnAt: c.withdrawnAt ? iso(c.withdrawnAt) : null })),
  };
}
