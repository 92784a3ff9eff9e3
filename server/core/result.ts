import { AppError, ErrorCode, FieldIssue, defaultMessage } from './errors';

/** The one answer shape of every action, in the cloud and in the local server. */
export type Envelope<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; details?: FieldIssue[] } };

export function success<T>(data: T): Envelope<T> {
  return { ok: true, data };
}

export function failure(error: unknown): Envelope<never> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
    };
  }
  return { ok: false, error: { code: 'INTERNAL', message: defaultMessage('INTERNAL') } };
}
