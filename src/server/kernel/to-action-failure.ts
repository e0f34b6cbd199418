import 'server-only';
import { ZodError } from 'zod';
import { messages } from '@/i18n/catalog';
import type { ActionFailure } from './action-result';
import { isAuthorizationError } from '@/server/kernel/authorization-error';
import { isTransientDatabaseError } from '@/server/db/transient-error';
import { ConflictError, FieldValidationError, LockedError, StaleVersionError } from './use-case-errors';

function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split('\n').at(-1)?.slice(0, 200) ?? '';
}

/**
 * Turns what a use case threw into the refusal a server action returns. Anything not
 * recognised is thrown on, so it reaches the error log and the error page.
 */
export function toActionFailure<Fresh = never>(error: unknown): ActionFailure<Fresh> {
  const t = messages();
  if (isAuthorizationError(error)) {
    const message = {
      UNAUTHENTICATED: t.actions.unauthenticated,
      FORBIDDEN: t.actions.forbidden,
      NOT_FOUND: t.actions.notFound,
    }[error.code];
    return { ok: false, code: error.code, message: error.userMessage ?? message };
  }
  if (error instanceof StaleVersionError)
    return { ok: false, code: 'STALE', message: t.common.staleVersion, fresh: error.fresh as Fresh };
  if (error instanceof LockedError) return { ok: false, code: 'LOCKED', message: error.message };
  if (error instanceof ConflictError) return { ok: false, code: 'CONFLICT', message: error.message };
  if (error instanceof FieldValidationError)
    return { ok: false, code: 'VALIDATION', message: t.actions.invalid, fieldErrors: error.fieldErrors };
  if (error instanceof ZodError)
    return { ok: false, code: 'VALIDATION', message: t.actions.invalid, fieldErrors: fieldErrorsOf(error) };
  if (isTransientDatabaseError(error)) {
    // One line for the operator; the person gets the Swedish "try again".
    console.warn(`Database unavailable, the request was refused with RETRY: ${firstLine(error)}`);
    return { ok: false, code: 'RETRY', message: t.actions.retry };
  }
  throw error;
}
