import { z } from 'zod';

/**
 * Field builders shared by server schemas and client forms. Text is trimmed and
 * bounded: oversize input is a VALIDATION error, never a truncated write.
 */
export const idField = () => z.string().uuid({ message: '链接已失效或编号不对' });

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

/** A mobile number, or a landline with its area code (shops often give one). */
export const phoneField = () =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '请填写11位手机号或带区号的座机号' }));

/** A calendar day, "2025-03-01", that exists. */
export const dayField = () =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期写成 2025-03-01 这样' })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00+08:00`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), { message: '没有这一天' });

/** An action that takes no input still rejects unknown fields. */
export const noInput = () => z.object({}).strict();

export const latitude = () => z.number().finite().min(-90, { message: '位置不对，请重新选择' }).max(90, { message: '位置不对，请重新选择' });
export const longitude = () => z.number().finite().min(-180, { message: '位置不对，请重新选择' }).max(180, { message: '位置不对，请重新选择' });

/** A moment with its offset ("2026-12-01T09:00:00+08:00"); `label` names the field in the message. */
export const instant = (label: string) => z.string().datetime({ offset: true, message: `${label}格式不对` });
