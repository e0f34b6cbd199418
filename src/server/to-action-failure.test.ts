import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { AuthorizationError } from './authz/authorization-error';
import { toActionFailure } from './to-action-failure';
import { ConflictError, LockedError, StaleVersionError } from './use-case-errors';

describe('toActionFailure', () => {
  it('maps each refusal to its code with a Swedish message', () => {
    expect(toActionFailure(new AuthorizationError('NOT_FOUND'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(toActionFailure(new AuthorizationError('FORBIDDEN'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(toActionFailure(new StaleVersionError({ cell: null }))).toMatchObject({ code: 'STALE', fresh: { cell: null } });
    expect(toActionFailure(new LockedError('Låst.'))).toEqual({ ok: false, code: 'LOCKED', message: 'Låst.' });
    expect(toActionFailure(new ConflictError('Nej.'))).toEqual({ ok: false, code: 'CONFLICT', message: 'Nej.' });
  });

  it('puts zod messages next to their fields', () => {
    const error = z.object({ amount: z.string().min(1, { error: 'Skriv ett belopp.' }) }).safeParse({ amount: '' }).error!;
    expect(toActionFailure(error)).toEqual({ ok: false, code: 'VALIDATION', message: 'Kontrollera de markerade fälten.', fieldErrors: { amount: 'Skriv ett belopp.' } });
  });

  it('asks to try again when the database cannot be reached, and throws anything else on', () => {
    const unreachable = new Prisma.PrismaClientKnownRequestError('unreachable', { code: 'P1001', clientVersion: 'test' });
    expect(toActionFailure(unreachable)).toEqual({ ok: false, code: 'RETRY', message: 'Något gick fel. Försök igen.' });
    expect(() => toActionFailure(new Error('bug'))).toThrow('bug');
  });
});
