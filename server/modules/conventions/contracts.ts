import { z } from 'zod';
import { idField, noInput, textField } from '../../core/fields';

export const conventionsInputs = {
  list: noInput(),
  publishable: noInput(),
  get: z.object({ conventionId: idField() }).strict(),
  sign: z.object({ versionId: idField() }).strict(),
  certificate: z.object({ pledgeId: idField() }).strict(),
  history: z.object({ conventionId: idField() }).strict(),
  publishVersion: z
    .object({
      conventionId: idField(),
      /** The version the editor started from: publishing over someone else's newer version is refused. */
      baseVersion: z.number().int().positive(),
      title: textField(60),
      preamble: z.string().trim().max(1000).default(''),
      articles: z.array(textField(200)).min(1).max(30),
    })
    .strict(),
};

export type ConventionKind = 'civic' | 'residents' | 'shop' | 'responsibility';
export type MyPledgeStatus = 'signed' | 'resign' | 'unsigned';

/** A convention as a list shows it: its current version and live count. */
export interface PublishableConvention {
  id: string;
  kind: ConventionKind;
  title: string;
  scopeName: string;
  currentVersion: { id: string; version: number; publishedAt: string };
  signerCount: number;
}

/** The same, with where the caller stands. */
export interface ConventionSummary extends PublishableConvention {
  mine: MyPledgeStatus;
}

export interface PledgeRef {
  id: string;
  signerNo: number;
  signedAt: string;
  version: number;
}

export interface ConventionDetail {
  id: string;
  kind: ConventionKind;
  title: string;
  scopeName: string;
  version: { id: string; version: number; title: string; preamble: string; articles: string[]; publishedAt: string };
  signerCount: number;
  canSign: boolean;
  /** Why signing is not possible here, in words for people. */
  cannotSignReason?: string;
  myPledge: PledgeRef | null;
  previousPledge: PledgeRef | null;
}

export interface SignResult {
  pledgeId: string;
  signerNo: number;
  signedAt: string;
  alreadySigned: boolean;
}

export interface Certificate {
  pledgeId: string;
  signerName: string;
  isMine: boolean;
  conventionTitle: string;
  version: number;
  signerNo: number;
  signedAt: string;
  countyName: string;
  totalSigners: number;
}

export interface VersionHistory {
  title: string;
  versions: { id: string; version: number; title: string; publishedAt: string; signerCount: number; mySignedAt: string | null }[];
}

