import 'server-only';
import { ZodError } from 'zod';
import { messages } from '@/i18n/catalog';
import { Prisma } from '@/generated/prisma/client';
import type { ActionFailure } from './action-result';
import { isAuthorizationError } from './authz/authorization-error';
import { ConflictError, FieldValidationError, LockedError, StaleVersionError } from './use-case-errors';

// Connection lost, pool timeout, serialisation conflict: worth trying again as it is.
const TRANSIENT_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);

function isTransient(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientRustPanicError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) return TRANSIENT_PRISMA_CODES.has(error.code);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '40001'].includes(code);
}

function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * Turns what a use case threw into the refusal a server action returns. Anything not
 * recognised is thrown on, so it reaches the error log and the error page.
 */
export function toActionFailure<Fresh = never>(error: unknown): ActionFailure<Fresh> {
  const t = messages();
  if (isAuthorizationError(error)) {
    const message = { UNAUTHENTICATED: t.actions.unauthenticated, FORBIDDEN: t.actions.forbidden, NOT_FOUND: t.actions.notFound }[error.code];
    return { ok: false, code: error.code, message: error.userMessage ?? message };
  }
  if (error instanceof StaleVersionError) return { ok: false, code: 'STALE', message: t.common.staleVersion, fresh: error.fresh as Fresh };
  if (error instanceof LockedError) return { ok: false, code: 'LOCKED', message: error.message };
  if (error instanceof ConflictError) return { ok: false, code: 'CONFLICT', message: error.message };
  if (error instanceof FieldValidationError) return { ok: false, code: 'VALIDATION', message: t.actions.invalid, fieldErrors: error.fieldErrors };
  if (error instanceof ZodError) return { ok: false, code: 'VALIDATION', message: t.actions.invalid, fieldErrors: fieldErrorsOf(error) };
  if (isTransient(error)) return { ok: false, code: 'RETRY', message: t.actions.retry };
  throw error;
}
