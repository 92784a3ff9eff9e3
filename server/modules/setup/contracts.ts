import { z } from 'zod';
import { dayField, optionalText, textField } from '../../core/fields';

/** A county as its set-up names it (the CLI's flags, the setup function's event). */
export const newCountyInput = z
  .object({
    name: textField(20, 2).refine((n) => /(县|市|区|旗)$/.test(n), { message: '县名以“县”“市”“区”或“旗”结尾，例如：青禾县' }),
    campaignName: textField(40, 4),
    campaignStart: dayField(),
    slogan: optionalText(40),
  })
  .strict();

export type NewCountyInput = z.output<typeof newCountyInput>;
