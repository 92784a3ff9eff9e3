/** Stable error codes: programs switch on these, people read `message`. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'CLOSED'
  | 'UNKNOWN_ACTION'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface FieldIssue {
  field: string;
  message: string;
}

const defaultMessages: Record<ErrorCode, string> = {
  VALIDATION: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行这个操作',
  NOT_FOUND: '没有找到相关内容，可能已被删除',
  CONFLICT: '操作与当前状态冲突，请刷新后再试',
  RATE_LIMITED: '操作太频繁了，请稍后再试',
  CLOSED: '现在不在办理时间内',
  UNKNOWN_ACTION: '不支持这个操作，请更新小程序后再试',
  UNAVAILABLE: '系统正在升级，请稍后再试',
  INTERNAL: '系统开小差了，请稍后再试',
};

/** An expected failure: a value with a code, never a crash. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: FieldIssue[];

  constructor(code: ErrorCode, message?: string, details?: FieldIssue[]) {
    super(message ?? defaultMessages[code]);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const fail = {
  validation: (message?: string, details?: FieldIssue[]) => new AppError('VALIDATION', message, details),
  unauthenticated: (message?: string) => new AppError('UNAUTHENTICATED', message),
  forbidden: (message?: string, details?: FieldIssue[]) => new AppError('FORBIDDEN', message, details),
  notFound: (message?: string) => new AppError('NOT_FOUND', message),
  conflict: (message?: string) => new AppError('CONFLICT', message),
  rateLimited: (message?: string) => new AppError('RATE_LIMITED', message),
  closed: (message?: string) => new AppError('CLOSED', message),
  unknownAction: (message?: string) => new AppError('UNKNOWN_ACTION', message),
};

export function defaultMessage(code: ErrorCode): string {
  return defaultMessages[code];
}
