import { z } from 'zod';
import { fail, FieldIssue } from './errors';
import { screenRawInput } from './raw-input';

/** Chinese messages for zod's generic issues; schemas may still give their own. */
const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: '这一项必须填写' };
      return { message: '格式不对' };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string') return { message: `至少需要${issue.minimum}个字` };
      if (issue.type === 'array') return { message: `至少需要${issue.minimum}项` };
      return { message: `不能小于${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `不能超过${issue.maximum}个字` };
      if (issue.type === 'array') return { message: `最多${issue.maximum}项` };
      return { message: `不能大于${issue.maximum}` };
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_literal:
      return { message: '选项不在可选范围内' };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `不认识的字段：${issue.keys.join('、')}` };
    case z.ZodIssueCode.invalid_string:
      return { message: '格式不对' };
    default:
      return { message: ctx.defaultError };
  }
};

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || '(input)',
    message: issue.message,
  }));
}

/**
 * Parse at the edge: typed value or a VALIDATION error that names the fields.
 * Text no database would store (NUL, a broken surrogate) is refused first; see raw-input.ts.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(screenRawInput(input ?? {}), { errorMap: zhErrorMap });
  if (!result.success) {
    const details = issuesOf(result.error);
    const first = details[0];
    throw fail.validation(first ? `填写的内容有误：${first.message}` : undefined, details);
  }
  return result.data;
}
