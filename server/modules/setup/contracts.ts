import { z } from 'zod';
import { optionalText, textField } from '../../core/fields';

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期写成 2025-03-01 这样' })
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00+08:00`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { message: '没有这一天' });

/** A county as its set-up names it (the CLI's flags, the setup function's event). */
export const newCountyInput = z
  .object({
    name: textField(20, 2).refine((n) => /(县|市|区|旗)$/.test(n), { message: '县名以“县”“市”“区”或“旗”结尾，例如：青禾县' }),
    campaignName: textField(40, 4),
    campaignStart: day,
    slogan: optionalText(40),
  })
  .strict();

export type NewCountyInput = z.output<typeof newCountyInput>;
