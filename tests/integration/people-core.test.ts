import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOneTimeToken } from '@/server/auth/one-time-token';
import { signInWithPassword } from '@/server/auth/sign-in-with-password';
import { createInvitation } from '@/server/people/create-invitation';
import { createPasswordToken } from '@/server/people/create-password-token';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const now = new Date('2026-12-02T10:00:00Z');

describe('createInvitation', () => {
  it('creates the person without a password, stores only the token’s hash, audits and enqueues the mail', async () => {
    const created = await database.prisma.$transaction((tx) =>
      createInvitation(tx, {
        associationId: ids.gotland,
        email: '  Ny.Person@Example.SE ',
        name: 'Ny Person',
        roles: [{ role: 'BOARD_MEMBER', memberId: null, validFrom: '2027-01-01', validTo: '2030-12-31' }],
        invitedById: ids.director,
        now,
      }),
    );
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const person = await database.prisma.person.findUniqueOrThrow({ where: { id: created.personId } });
    expect(person).toMatchObject({ email: 'ny.person@example.se', name: 'Ny Person', passwordHash: null });
    const invitation = await database.prisma.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(invitation.tokenHash).toBe(hashOneTimeToken(created.token));
    expect(invitation.tokenHash).not.toContain(created.token);
    expect(invitation.expiresAt.toISOString()).toBe('2026-12-09T10:00:00.000Z');
    expect(invitation.invitedById).toBe(ids.director);
    const mail = await database.prisma.outboxMail.findFirstOrThrow({
      where: { personId: created.personId, kind: 'INVITATION' },
    });
    expect(mail.associationId).toBe(ids.gotland);
    expect(mail.status).toBe('QUEUED');
    expect(mail.textBody).toContain(`/inbjudan/${created.token}`);
    expect(mail.textBody).toContain('Anna Lind');
    expect(mail.textBody).toContain('Samordningsförbundet FinsamGotland');
    expect(mail.textBody).toContain('Ledamot, 2027-01-01 – 2030-12-31');
    expect(mail.textBody).toContain('9 december 2026');
    expect(mail.actionUrl).toBeNull();
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: 'people.invitationCreated', entityId: created.invitationId },
    });
    expect(audit).toMatchObject({ associationId: ids.gotland, personId: ids.director });
  });

  it('reuses an existing person (keeping their name and password) and voids their earlier open invitation', async () => {
    const invite = () =>
      database.prisma.$transaction((tx) =>
        createInvitation(tx, {
          associationId: ids.sjobygden,
          email: 'ledamot@finsamgotland.se',
          name: 'Another Name',
          roles: [{ role: 'AUDITOR', memberId: null, validFrom: null, validTo: null }],
          invitedById: null,
          now,
        }),
      );
    const first = await invite();
    const second = await invite();
    expect(second.personId).toBe(ids.member);
    const person = await database.prisma.person.findUniqueOrThrow({ where: { id: ids.member } });
    expect(person.name).toBe('Omar Haddad');
    expect(person.passwordHash).not.toBeNull();
    const old = await database.prisma.invitation.findUniqueOrThrow({ where: { id: first.invitationId } });
    expect(old.revokedAt).not.toBeNull();
  });
});

describe('createPasswordToken', () => {
  it('gives a reset link valid an hour and a first-password link valid a day; a new one voids the old', async () => {
    const reset = await database.prisma.$transaction((tx) =>
      createPasswordToken(tx, { personId: ids.member, purpose: 'RESET', now }),
    );
    expect(reset.path).toBe(`/losenord/${reset.token}`);
    const row = await database.prisma.passwordToken.findUniqueOrThrow({
      where: { tokenHash: hashOneTimeToken(reset.token) },
    });
    expect(row.expiresAt.toISOString()).toBe('2026-12-02T11:00:00.000Z');
    const set = await database.prisma.$transaction((tx) =>
      createPasswordToken(tx, { personId: ids.member, purpose: 'SET_PASSWORD', now }),
    );
    expect(set.expiresAt.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    await database.prisma.$transaction((tx) =>
      createPasswordToken(tx, { personId: ids.member, purpose: 'RESET', now }),
    );
    const voided = await database.prisma.passwordToken.findUniqueOrThrow({ where: { id: row.id } });
    expect(voided.usedAt).not.toBeNull();
  });
});

describe('signing in without a password or deactivated', () => {
  it('refuses an invited person (no password yet) and a deactivated one like a wrong password', async () => {
    await database.prisma.$transaction((tx) =>
      createInvitation(tx, {
        associationId: ids.gotland,
        email: 'utan.losenord@example.se',
        name: 'Utan Lösenord',
        roles: [{ role: 'AUDITOR', memberId: null, validFrom: null, validTo: null }],
        invitedById: ids.director,
        now,
      }),
    );
    // The fallback hash unknown addresses are checked against must not open an invited account.
    const invited = await signInWithPassword(
      { email: 'utan.losenord@example.se', password: 'no such person' },
      { db: database.prisma },
    );
    expect(invited).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });

    await database.prisma.person.update({ where: { id: ids.auditor }, data: { deactivatedAt: now } });
    const deactivated = await signInWithPassword(
      { email: 'revisor@finsamgotland.se', password: 'samplan-demo' },
      { db: database.prisma },
    );
    expect(deactivated).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    await database.prisma.person.update({ where: { id: ids.auditor }, data: { deactivatedAt: null } });
    const back = await signInWithPassword(
      { email: 'revisor@finsamgotland.se', password: 'samplan-demo' },
      { db: database.prisma },
    );
    expect(back).toMatchObject({ ok: true, person: { id: ids.auditor, sessionVersion: 1 } });
  });
});
