import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWithPassword } from '@/server/auth/sign-in-with-password';
import { acceptInvitation } from '@/server/people/accept-invitation';
import { changePassword } from '@/server/people/change-password';
import { createPasswordToken } from '@/server/people/create-password-token';
import { deactivatePerson } from '@/server/people/deactivate-person';
import { invitePerson } from '@/server/people/invite-person';
import { reactivatePerson } from '@/server/people/reactivate-person';
import { requestPasswordReset } from '@/server/people/request-password-reset';
import { resendInvitation } from '@/server/people/resend-invitation';
import { resetPassword } from '@/server/people/reset-password';
import { revokeInvitation } from '@/server/people/revoke-invitation';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import { refusal } from '../support/refusal';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const now = new Date('2026-12-02T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const HOUR = 60 * 60 * 1000;
const NEW_PASSWORD = 'gul-ekorre-hoppar-7';

/** The token of the newest INVITATION / PASSWORD_RESET mail to an address, read from the outbox as the mail carries it. */
async function tokenFromMail(email: string, kind: 'INVITATION' | 'PASSWORD_RESET'): Promise<string> {
  const mail = await database.prisma.outboxMail.findFirstOrThrow({
    where: { toAddress: email, kind },
    orderBy: { createdAt: 'desc' },
  });
  const match = /\/(?:inbjudan|losenord)\/([A-Za-z0-9_-]{43})/.exec(mail.textBody);
  if (!match) throw new Error('no link in the mail');
  return match[1]!;
}

async function invite(email: string, roles: object[], by = ids.director) {
  return invitePerson(
    { associationId: ids.gotland, email, name: 'Inbjuden Person', roles: roles as never },
    { personId: by },
    { db: database.prisma, now },
  );
}

describe('invitations', () => {
  it('invite → accept creates the roles with their terms, sets the password, and the link is single use', async () => {
    const members = await database.prisma.member.findMany({ where: { associationId: ids.gotland } });
    const { invitationId, personId } = await invite('ny.ledamot@example.se', [
      { role: 'BOARD_MEMBER', memberId: members[0]!.id, validFrom: '2026-12-01', validTo: '2030-12-31' },
      { role: 'PREPARATION_GROUP', memberId: null, validFrom: '', validTo: '' },
    ]);
    const token = await tokenFromMail('ny.ledamot@example.se', 'INVITATION');
    const accepted = await acceptInvitation(
      { token, name: 'Ny Ledamot', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
      { db: database.prisma, now: later(HOUR) },
    );
    expect(accepted).toEqual({ email: 'ny.ledamot@example.se', associationSlug: 'finsamgotland', passwordSet: true });
    const roles = await database.prisma.roleAssignment.findMany({ where: { personId }, orderBy: { role: 'asc' } });
    expect(roles.map((r) => [r.role, r.memberId])).toEqual([
      ['BOARD_MEMBER', members[0]!.id],
      ['PREPARATION_GROUP', null],
    ]);
    // The term's first day from midnight Swedish time, its last day to the end of that day.
    expect(roles[0]!.validFrom!.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(roles[0]!.validTo!.toISOString()).toBe('2030-12-31T22:59:59.999Z');
    const person = await database.prisma.person.findUniqueOrThrow({ where: { id: personId } });
    expect(person.name).toBe('Ny Ledamot');
    const signedIn = await signInWithPassword(
      { email: 'ny.ledamot@example.se', password: NEW_PASSWORD },
      { db: database.prisma },
    );
    expect(signedIn.ok).toBe(true);
    expect(
      await database.prisma.auditLog.count({ where: { action: 'people.invitationAccepted', entityId: invitationId } }),
    ).toBe(1);

    const again = await refusal(
      acceptInvitation(
        { token, name: 'Någon Annan', password: 'en-annan-lång-fras-8', passwordAgain: 'en-annan-lång-fras-8' },
        { db: database.prisma, now: later(2 * HOUR) },
      ),
    );
    expect(again).toMatchObject({ name: 'ConflictError' });
  });

  it('an expired invitation is refused; a revoked one too', async () => {
    await invite('sen@example.se', [{ role: 'AUDITOR' }]);
    const token = await tokenFromMail('sen@example.se', 'INVITATION');
    const late = await refusal(
      acceptInvitation(
        { token, name: 'Sen', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
        { db: database.prisma, now: later(7 * 24 * HOUR) },
      ),
    );
    expect(late).toMatchObject({ name: 'ConflictError' });

    const { invitationId } = await invite('aterkallad@example.se', [{ role: 'AUDITOR' }]);
    const revokedToken = await tokenFromMail('aterkallad@example.se', 'INVITATION');
    await revokeInvitation(
      { associationId: ids.gotland, invitationId, version: 1 },
      { personId: ids.admin },
      { db: database.prisma, now },
    );
    const revoked = await refusal(
      acceptInvitation(
        { token: revokedToken, name: 'X', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
        { db: database.prisma, now },
      ),
    );
    expect(revoked).toMatchObject({ name: 'ConflictError' });
  });

  it('resend gives a new link and voids the old one', async () => {
    const { invitationId } = await invite('igen@example.se', [{ role: 'DEPUTY' }]);
    const oldToken = await tokenFromMail('igen@example.se', 'INVITATION');
    await resendInvitation(
      { associationId: ids.gotland, invitationId, version: 1 },
      { personId: ids.director },
      { db: database.prisma, now: later(1000) },
    );
    const newToken = await tokenFromMail('igen@example.se', 'INVITATION');
    expect(newToken).not.toBe(oldToken);
    const old = await refusal(
      acceptInvitation(
        { token: oldToken, name: 'Igen', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
        { db: database.prisma, now: later(2000) },
      ),
    );
    expect(old).toMatchObject({ name: 'ConflictError' });
    await acceptInvitation(
      { token: newToken, name: 'Igen', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
      { db: database.prisma, now: later(3000) },
    );
    // A stale version is refused as STALE.
    expect(
      await refusal(
        resendInvitation(
          { associationId: ids.gotland, invitationId, version: 1 },
          { personId: ids.director },
          { db: database.prisma, now },
        ),
      ),
    ).toMatchObject({ name: 'ConflictError' });
  });

  it('refuses a weak password and two different passwords next to their fields', async () => {
    await invite('svag@example.se', [{ role: 'AUDITOR' }]);
    const token = await tokenFromMail('svag@example.se', 'INVITATION');
    expect(
      await refusal(
        acceptInvitation(
          { token, name: 'Svag', password: 'sommar2024!!', passwordAgain: 'sommar2024!!' },
          { db: database.prisma, now },
        ),
      ),
    ).toMatchObject({ fieldErrors: { password: expect.stringContaining('vanligt') } });
    expect(
      await refusal(
        acceptInvitation(
          { token, name: 'Svag', password: NEW_PASSWORD, passwordAgain: 'något annat här' },
          { db: database.prisma, now },
        ),
      ),
    ).toMatchObject({ fieldErrors: { passwordAgain: expect.any(String) } });
  });

  it('a board member may not invite (FORBIDDEN), nor a person of another association (NOT_FOUND); a term ending before it starts is refused at the field', async () => {
    expect(await refusal(invite('x@example.se', [{ role: 'AUDITOR' }], ids.member))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(invite('x@example.se', [{ role: 'AUDITOR' }], ids.otherBoardMember))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const backwards = await refusal(
      invite('x@example.se', [{ role: 'AUDITOR', validFrom: '2027-02-01', validTo: '2027-01-31' }]),
    );
    expect(backwards).toMatchObject({ name: 'ZodError' });
    expect(JSON.stringify(backwards)).toContain('validTo');
    // A member of another association is refused at the field.
    const foreign = await database.prisma.member.findFirstOrThrow({ where: { associationId: ids.sjobygden } });
    expect(await refusal(invite('x@example.se', [{ role: 'AUDITOR', memberId: foreign.id }]))).toMatchObject({
      fieldErrors: { 'roles.0.memberId': expect.any(String) },
    });
  });
});

describe('passwords', () => {
  it('forgot password: an unknown address gets nothing and the same answer; a known one a link that resets, once', async () => {
    const before = await database.prisma.outboxMail.count();
    expect(
      await requestPasswordReset({ email: 'finns.inte@example.se' }, { db: database.prisma, now, minAnswerMs: 0 }),
    ).toEqual({ sent: true });
    expect(await database.prisma.outboxMail.count()).toBe(before);

    const answer = await requestPasswordReset(
      { email: ' ERSATTARE@finsamgotland.se ' },
      { db: database.prisma, now, minAnswerMs: 0 },
    );
    expect(answer).toEqual({ sent: true });
    const token = await tokenFromMail('ersattare@finsamgotland.se', 'PASSWORD_RESET');
    const versionBefore = (await database.prisma.person.findUniqueOrThrow({ where: { id: ids.deputy1 } }))
      .sessionVersion;
    await resetPassword(
      { token, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
      { db: database.prisma, now: later(1000) },
    );
    const after = await database.prisma.person.findUniqueOrThrow({ where: { id: ids.deputy1 } });
    expect(after.sessionVersion).toBe(versionBefore + 1);
    expect(await database.prisma.outboxMail.count({ where: { personId: ids.deputy1, kind: 'PASSWORD_CHANGED' } })).toBe(
      1,
    );
    expect(
      (
        await signInWithPassword(
          { email: 'ersattare@finsamgotland.se', password: NEW_PASSWORD },
          { db: database.prisma },
        )
      ).ok,
    ).toBe(true);
    expect(
      await refusal(
        resetPassword(
          { token, password: 'ännu-ett-nytt-lösen', passwordAgain: 'ännu-ett-nytt-lösen' },
          { db: database.prisma, now: later(2000) },
        ),
      ),
    ).toMatchObject({ name: 'ConflictError' });
  });

  it('a reset link expires after an hour; asking often sends at most three mails an hour, with the same answer', async () => {
    const reset = await database.prisma.$transaction((tx) =>
      createPasswordToken(tx, { personId: ids.preparer, purpose: 'RESET', now }),
    );
    expect(
      await refusal(
        resetPassword(
          { token: reset.token, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
          { db: database.prisma, now: later(HOUR) },
        ),
      ),
    ).toMatchObject({ name: 'ConflictError' });

    for (let i = 0; i < 5; i++)
      expect(
        await requestPasswordReset(
          { email: 'medlem@finsamgotland.se' },
          { db: database.prisma, now: later(i * 1000), minAnswerMs: 0 },
        ),
      ).toEqual({ sent: true });
    expect(
      await database.prisma.outboxMail.count({ where: { personId: ids.representative, kind: 'PASSWORD_RESET' } }),
    ).toBe(3);
  });

  it('the answer takes the same minimum time for a known and an unknown address', async () => {
    const started = performance.now();
    await requestPasswordReset({ email: 'ingen.alls@example.se' }, { db: database.prisma, now, minAnswerMs: 300 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
  });

  it('change password requires the current one, bumps the session version and mails', async () => {
    expect(
      await refusal(
        changePassword(
          { currentPassword: 'fel-lösenord', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
          { personId: ids.auditor },
          { db: database.prisma, now },
        ),
      ),
    ).toMatchObject({ name: 'ConflictError', message: 'Det nuvarande lösenordet stämmer inte.' });
    expect(
      await refusal(
        changePassword(
          {
            currentPassword: 'samplan-demo',
            password: 'revisor@finsamgotland.se',
            passwordAgain: 'revisor@finsamgotland.se',
          },
          { personId: ids.auditor },
          { db: database.prisma, now },
        ),
      ),
    ).toMatchObject({ fieldErrors: { password: expect.any(String) } });
    await changePassword(
      { currentPassword: 'samplan-demo', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
      { personId: ids.auditor },
      { db: database.prisma, now },
    );
    const person = await database.prisma.person.findUniqueOrThrow({ where: { id: ids.auditor } });
    expect(person.sessionVersion).toBe(2);
    expect(await database.prisma.outboxMail.count({ where: { personId: ids.auditor, kind: 'PASSWORD_CHANGED' } })).toBe(
      1,
    );
    const mail = await database.prisma.outboxMail.findFirstOrThrow({
      where: { personId: ids.auditor, kind: 'PASSWORD_CHANGED' },
    });
    expect(mail.associationId).toBeNull();
    expect(
      await database.prisma.auditLog.count({ where: { action: 'auth.passwordChanged', personId: ids.auditor } }),
    ).toBe(1);
  });
});

describe('deactivation', () => {
  it('ends the person’s terms here today; with no role elsewhere they cannot sign in; reactivation gives it back', async () => {
    const person = await database.prisma.person.findUniqueOrThrow({ where: { id: ids.elin } });
    const result = await deactivatePerson(
      { associationId: ids.gotland, personId: ids.elin, version: person.version },
      { personId: ids.admin },
      { db: database.prisma, now },
    );
    expect(result.deactivatedEverywhere).toBe(true);
    const roles = await database.prisma.roleAssignment.findMany({ where: { personId: ids.elin } });
    expect(roles.every((r) => r.validTo && r.validTo <= now)).toBe(true);
    const after = await database.prisma.person.findUniqueOrThrow({ where: { id: ids.elin } });
    expect(after.deactivatedAt).not.toBeNull();
    expect(
      (await signInWithPassword({ email: person.email, password: 'samplan-demo' }, { db: database.prisma })).ok,
    ).toBe(false);

    await reactivatePerson(
      { associationId: ids.gotland, personId: ids.elin, version: after.version },
      { personId: ids.admin },
      { db: database.prisma, now: later(1000) },
    );
    const restored = await database.prisma.roleAssignment.findMany({ where: { personId: ids.elin } });
    expect(restored.map((r) => r.validTo)).toEqual(roles.map(() => null));
    expect((await database.prisma.person.findUniqueOrThrow({ where: { id: ids.elin } })).deactivatedAt).toBeNull();
  });

  it('the director of two associations keeps access elsewhere; a board member may not deactivate (FORBIDDEN)', async () => {
    const chef = await database.prisma.person.findUniqueOrThrow({ where: { id: ids.director } });
    expect(
      await refusal(
        deactivatePerson(
          { associationId: ids.gotland, personId: ids.director, version: chef.version },
          { personId: ids.member },
          { db: database.prisma, now },
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const result = await deactivatePerson(
      { associationId: ids.gotland, personId: ids.director, version: chef.version },
      { personId: ids.admin },
      { db: database.prisma, now },
    );
    expect(result.deactivatedEverywhere).toBe(false);
    expect((await database.prisma.person.findUniqueOrThrow({ where: { id: ids.director } })).deactivatedAt).toBeNull();
  });
});
