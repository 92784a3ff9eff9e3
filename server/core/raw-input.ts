import { fail, FieldIssue } from './errors';

/**
 * What a request may carry before any schema sees it. PostgreSQL refuses a NUL
 * in text and a lone UTF-16 surrogate in JSON, so such a string would fail deep
 * inside a write as INTERNAL; here it is a VALIDATION error naming the field.
 * Invisible control characters pasted along with text are dropped instead, as
 * the person never meant them. Deep nesting and prototype keys are refused so
 * that no schema, parser or spread has to think about them.
 */

/** Deeper than any action's input; a request nested further is hostile or broken. */
const MAX_DEPTH = 16;
/** Strings, numbers and keys together; the largest real input (a questionnaire) has a few hundred. */
const MAX_NODES = 20_000;
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = '含有看不见的特殊字符，请删掉后重新输入';
export const BROKEN_CHARACTER_MESSAGE = '有一个残缺的字符（可能是表情没有复制完整），请删掉后重新输入';

type Path = (string | number)[];

function fieldName(path: Path): string {
  return path.length ? path.join('.') : '(input)';
}

function refuse(path: Path, message: string): never {
  const issue: FieldIssue = { field: fieldName(path), message };
  throw fail.validation(`填写的内容有误：${message}`, [issue]);
}

function screenText(text: string, path: Path): string {
  if (text.includes('\u0000')) refuse(path, NUL_MESSAGE);
  if (LONE_SURROGATE.test(text)) refuse(path, BROKEN_CHARACTER_MESSAGE);
  return text.replace(STRAY_CONTROLS, '');
}

/** A cleaned copy of `input`, or a VALIDATION error naming the first field that cannot be stored. */
export function screenRawInput(input: unknown): unknown {
  let nodes = 0;
  const walk = (value: unknown, path: Path): unknown => {
    nodes += 1;
    if (nodes > MAX_NODES) refuse([], '提交的内容太多了');
    if (path.length > MAX_DEPTH) refuse(path.slice(0, MAX_DEPTH), '内容的层次太深了');
    if (typeof value === 'string') return screenText(value, path);
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (PROTOTYPE_KEYS.has(key)) refuse([...path, key], `不认识的字段：${key}`);
        const cleanKey = screenText(key, [...path, key]);
        nodes += 1;
        out[cleanKey] = walk((value as Record<string, unknown>)[key], [...path, cleanKey]);
      }
      return out;
    }
    return value;
  };
  return walk(input, []);
}
