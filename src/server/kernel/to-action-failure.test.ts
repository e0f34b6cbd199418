import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { toActionFailure } from './to-action-failure';
import { ConflictError, LockedError, StaleVersionError } from './use-case-errors';

describe('toActionFailure', () => {
  it('maps each refusal to its code with a Swedish message', () => {
    expect(toActionFailure(new AuthorizationError('NOT_FOUND'))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(toActionFailure(new AuthorizationError('FORBIDDEN'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(toActionFailure(new StaleVersionError({ cell: null }))).toMatchObject({
      code: 'STALE',
      fresh: { cell: null },
    });
    expect(toActionFailure(new LockedError('Låst.'))).toEqual({ ok: false, code: 'LOCKED', message: 'Låst.' });
    expect(toActionFailure(new ConflictError('Nej.'))).toEqual({ ok: false, code: 'CONFLICT', message: 'Nej.' });
  });

  it('puts zod messages next to their fields', () => {
    const error = z
      .object({ amount: z.string().min(1, { error: 'Skriv ett belopp.' }) })
      .safeParse({ amount: '' }).error!;
    expect(toActionFailure(error)).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'Kontrollera de markerade fälten.',
      fieldErrors: { amount: 'Skriv ett belopp.' },
    });
  });

  it('asks to try again when the database cannot be reached, and throws anything else on', () => {
    vi.spyOn(console, 'warn').mockImplementationOnce(() => {});
    const unreachable = new Prisma.PrismaClientKnownRequestError('unreachable', {
      code: 'P1001',
      clientVersion: 'test',
    });
    expect(toActionFailure(unreachable)).toEqual({ ok: false, code: 'RETRY', message: 'Något gick fel. Försök igen.' });
    expect(() => toActionFailure(new Error('bug'))).toThrow('bug');
  });
});

describe('toActionFailure after a lost database connection', () => {
  const retry = { ok: false, code: 'RETRY', message: 'Något gick fel. Försök igen.' };
  // The shapes Prisma 7 with @prisma/adapter-pg threw while PostgreSQL was stopped and started under a running app.
  const adapterError = (code: string, cause: Record<string, unknown>) =>
    new Prisma.PrismaClientKnownRequestError(`Database error. Code: \`${String(cause.code ?? '')}\``, {
      code,
      clientVersion: '7.10.0',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
    });
  // Cleared: the spy may hold calls from the tests above, which leave console.warn as it is.
  const quiet = () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    spy.mockClear();
    return spy;
  };

  it('maps each shape seen during a PostgreSQL restart to RETRY', () => {
    const warn = quiet();
    const shapes = [
      adapterError('P2039', {
        originalCode: '57P01',
        kind: 'postgres',
        code: '57P01',
        severity: 'FATAL',
        message: 'terminating connection due to administrator command',
      }),
      adapterError('P2039', {
        originalCode: '57P03',
        kind: 'postgres',
        code: '57P03',
        severity: 'FATAL',
        message: 'the database system is shutting down',
      }),
      adapterError('P2039', {
        originalCode: '57P03',
        kind: 'postgres',
        code: '57P03',
        severity: 'FATAL',
        message: 'the database system is starting up',
      }),
      adapterError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 54371 }),
      adapterError('P1017', { kind: 'ConnectionClosed' }),
      adapterError('P2039', {
        originalCode: '08006',
        kind: 'postgres',
        code: '08006',
        severity: 'FATAL',
        message: 'connection failure',
      }),
      adapterError('P2037', { kind: 'TooManyConnections', cause: 'sorry, too many clients already' }),
      new Prisma.PrismaClientUnknownRequestError('Connection terminated unexpectedly', { clientVersion: '7.10.0' }),
      new Error('Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54371'), { code: 'ECONNREFUSED' }),
      new Error('wrapped', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }),
    ];
    for (const error of shapes) expect(toActionFailure(error), String(error.message)).toEqual(retry);
    expect(warn).toHaveBeenCalledTimes(shapes.length);
    warn.mockRestore();
  });

  it('throws database errors that trying again would not mend', () => {
    const unique = adapterError('P2002', { kind: 'UniqueConstraintViolation', constraint: { fields: ['email'] } });
    expect(() => toActionFailure(unique)).toThrow();
    const syntax = adapterError('P2010', {
      originalCode: '42601',
      kind: 'postgres',
      code: '42601',
      severity: 'ERROR',
      message: 'syntax error',
    });
    expect(() => toActionFailure(syntax)).toThrow();
  });
});
