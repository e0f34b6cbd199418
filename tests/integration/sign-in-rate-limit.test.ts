import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/server/auth/password';
import { SIGN_IN_AUDIT, signInWithPassword } from '@/server/auth/sign-in-with-password';
import { createTestDatabase } from '../support/test-database';
import { createPerson } from '../support/people-fixture';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const PASSWORD = 'rätt-lösenord';
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await database?.drop();
});

const start = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

async function person(email: string) {
  return createPerson(database.prisma, { name: 'Anna Lind', email, passwordHash });
}

function attempt(email: string, password: string, minutes: number) {
  return signInWithPassword({ email, password, ip: '127.0.0.1' }, { db: database.prisma, now: at(minutes) });
}

async function auditActions(email: string) {
  const rows = await database.prisma.auditLog.findMany({
    where: { data: { path: ['email'], equals: email } },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => row.action);
}

describe('signInWithPassword', () => {
  it('signs in with the right password, whatever the case of the address', async () => {
    const id = await person('anna.lind@example.se');
    const result = await attempt('  Anna.Lind@Example.SE ', PASSWORD, 0);
    expect(result).toEqual({
      ok: true,
      person: { id, name: 'Anna Lind', email: 'anna.lind@example.se', sessionVersion: 1 },
    });

    const rows = await database.prisma.signInAttempt.findMany({ where: { email: 'anna.lind@example.se' } });
    expect(rows).toMatchObject([{ succeeded: true, ip: '127.0.0.1', at: at(0) }]);
    const audit = await database.prisma.auditLog.findMany({ where: { personId: id } });
    expect(audit).toMatchObject([
      { action: SIGN_IN_AUDIT.succeeded, associationId: null, entityType: 'Person', entityId: id },
    ]);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    await person('karin@example.se');
    expect(await attempt('karin@example.se', 'fel', 0)).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await attempt('ingen@example.se', 'fel', 0)).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(await auditActions('ingen@example.se')).toEqual([SIGN_IN_AUDIT.failed]);
  });

  it('refuses empty input without recording an attempt', async () => {
    expect(await attempt('', 'x', 0)).toEqual({ ok: false, code: 'INVALID_INPUT' });
    expect(await attempt('a@example.se', '', 0)).toEqual({ ok: false, code: 'INVALID_INPUT' });
    expect(await database.prisma.signInAttempt.count({ where: { email: { in: ['', 'a@example.se'] } } })).toBe(0);
  });

  it('locks an address after five failures in 15 minutes, even for the right password, until the window passes', async () => {
    const email = 'lars@example.se';
    await person(email);
    for (const minute of [0, 1, 2, 3])
      expect(await attempt(email, 'fel', minute)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(await attempt(email, 'fel', 4)).toEqual({ ok: false, code: 'RATE_LIMITED' });
    expect(await attempt(email, PASSWORD, 5)).toEqual({ ok: false, code: 'RATE_LIMITED' });
    // The five counted failures are now at minutes 1–5: the lock lifts at 1 + 15.
    expect(await attempt(email, PASSWORD, 15.5)).toEqual({ ok: false, code: 'RATE_LIMITED' });
    expect(await attempt(email, PASSWORD, 21)).toMatchObject({ ok: true });

    expect(await auditActions(email)).toEqual([
      ...Array(5).fill(SIGN_IN_AUDIT.failed),
      SIGN_IN_AUDIT.lockedOut,
      SIGN_IN_AUDIT.blocked,
      SIGN_IN_AUDIT.blocked,
      SIGN_IN_AUDIT.succeeded,
    ]);
    expect(await database.prisma.signInAttempt.count({ where: { email } })).toBe(8);
  });

  it('does not let one address’s failures lock another', async () => {
    await person('omar@example.se');
    for (const minute of [0, 1, 2, 3, 4]) await attempt('sofia@example.se', 'fel', minute);
    expect(await attempt('omar@example.se', PASSWORD, 5)).toMatchObject({ ok: true });
  });

  it('holds the limit for parallel guesses', async () => {
    const email = 'johan@example.se';
    await person(email);
    const results = await Promise.all(Array.from({ length: 8 }, () => attempt(email, 'fel', 0)));
    expect(results.filter((result) => !result.ok && result.code === 'INVALID_CREDENTIALS')).toHaveLength(4);
    expect(await attempt(email, PASSWORD, 1)).toEqual({ ok: false, code: 'RATE_LIMITED' });
  });
});
