import { z } from 'zod';

/**
 * Field builders shared by server schemas and client forms. Text is trimmed and
 * bounded: oversize input is a VALIDATION error, never a truncated write.
 */
export const idField = () => z.string().uuid({ message: '编号格式不对' });

export const textField = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? { message: '这一项必须填写' } : undefined)
    .max(max);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const phoneField = () => z.string().trim().regex(/^1\d{10}$/, { message: '请填写11位手机号' });

/** An action that takes no input still rejects unknown fields. */
export const noInput = () => z.object({}).strict();
