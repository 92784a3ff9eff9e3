import { z } from 'zod';
import { idField, noInput, phoneField, textField } from '../../core/fields';

export const shopsInputs = {
  pledgeText: noInput(),
  signPledge: z
    .object({
      versionId: idField(),
      shopName: textField(40, 2),
      address: textField(80, 4),
      communityId: idField(),
      contactPhone: phoneField(),
      accepted: z.literal(true, { errorMap: () => ({ message: '请先阅读并勾选承诺' }) }),
    })
    .strict(),
  myShops: noInput(),
};

export interface PledgeText {
  versionId: string;
  version: number;
  title: string;
  preamble: string;
  articles: string[];
  signerCount: number;
}

export interface ShopPledgeResult {
  shopId: string;
  pledgeId: string;
  signerNo: number;
  signedAt: string;
  alreadySigned: boolean;
}

export interface MyShop {
  shopId: string;
  shopName: string;
  address: string;
  communityName: string;
  pledgedAt: string | null;
  signerNo: number | null;
  version: number | null;
  current: boolean;
}
