/**
 * People and passwords' rows of the audit trail (see audit-trail.test.ts), on the seeded demo data.
 * Password acts record who and when, never a password or a token (no before/after).
 */
import { afterAll, beforeAll } from 'vitest';
import { acceptInvitation } from '@/server/people/accept-invitation';
import { changePassword } from '@/server/people/change-password';
import { createInvitation } from '@/server/people/create-invitation';
import { createPasswordToken } from '@/server/people/create-password-token';
import { deactivatePerson } from '@/server/people/deactivate-person';
import { invitePerson } from '@/server/people/invite-person';
import { reactivatePerson } from '@/server/people/reactivate-person';
import { requestPasswordReset } from '@/server/people/request-password-reset';
import { resendInvitation } from '@/server/people/resend-invitation';
import { resetPassword } from '@/server/people/reset-password';
import { revokeInvitation } from '@/server/people/revoke-invitation';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { runAuditRows, type AuditRows } from '../support/audit-trail-harness';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

const NEW_PASSWORD = 'Korrekt-häst-batteri-9';
let database: TestDatabase;
let ids: DemoIds;
const db = () => database.prisma;
const now = new Date('2026-12-02T10:00:00Z');
const deps = () => ({ db: database.prisma, now });
const state: { invitationId?: string; token?: string } = {};

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const versionOf = async (invitationId: string) =>
  (await db().invitation.findUniqueOrThrow({ where: { id: invitationId } })).version;

const ROWS: AuditRows = {
  'src/server/people/invite-person.ts#invitePerson': async () => {
    const { invitationId } = await invitePerson(
      {
        associationId: ids.gotland,
        email: 'ny.ledamot@example.se',
        name: 'Nils Ny',
        roles: [{ role: 'BOARD_MEMBER', validFrom: '2027-01-01', validTo: '2030-12-31' }],
      },
      { personId: ids.director },
      deps(),
    );
    state.invitationId = invitationId;
    return {
      action: 'people.invitationCreated',
      entityType: 'Invitation',
      entityId: invitationId,
      personId: ids.director,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/resend-invitation.ts#resendInvitation': async () => {
    const invitationId = state.invitationId!;
    await resendInvitation(
      { associationId: ids.gotland, invitationId, version: await versionOf(invitationId) },
      { personId: ids.admin },
      deps(),
    );
    return {
      action: 'people.invitationResent',
      entityType: 'Invitation',
      entityId: invitationId,
      personId: ids.admin,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/revoke-invitation.ts#revokeInvitation': async () => {
    const invitationId = state.invitationId!;
    await revokeInvitation(
      { associationId: ids.gotland, invitationId, version: await versionOf(invitationId) },
      { personId: ids.director },
      deps(),
    );
    return {
      action: 'people.invitationRevoked',
      entityType: 'Invitation',
      entityId: invitationId,
      personId: ids.director,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/create-invitation.ts#createInvitation': async () => {
    const created = await db().$transaction((tx) =>
      createInvitation(tx, {
        associationId: ids.gotland,
        email: 'beredare@example.se',
        name: 'Britt Beredare',
        roles: [{ role: 'PREPARATION_GROUP', memberId: null, validFrom: null, validTo: null }],
        invitedById: ids.director,
        now,
      }),
    );
    state.invitationId = created.invitationId;
    state.token = created.token;
    return {
      action: 'people.invitationCreated',
      entityType: 'Invitation',
      entityId: created.invitationId,
      personId: ids.director,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/accept-invitation.ts#acceptInvitation': async () => {
    await acceptInvitation(
      { token: state.token!, name: 'Britt Beredare', password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
      deps(),
    );
    const person = await db().person.findUniqueOrThrow({ where: { email: 'beredare@example.se' } });
    return {
      action: 'people.invitationAccepted',
      entityType: 'Invitation',
      entityId: state.invitationId!,
      personId: person.id,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/deactivate-person.ts#deactivatePerson': async () => {
    const person = await db().person.findUniqueOrThrow({ where: { id: ids.representative } });
    await deactivatePerson(
      { associationId: ids.gotland, personId: person.id, version: person.version },
      { personId: ids.director },
      deps(),
    );
    return {
      action: 'people.deactivated',
      entityType: 'Person',
      entityId: person.id,
      personId: ids.director,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/reactivate-person.ts#reactivatePerson': async () => {
    const person = await db().person.findUniqueOrThrow({ where: { id: ids.representative } });
    await reactivatePerson(
      { associationId: ids.gotland, personId: person.id, version: person.version },
      { personId: ids.director },
      deps(),
    );
    return {
      action: 'people.reactivated',
      entityType: 'Person',
      entityId: person.id,
      personId: ids.director,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/change-password.ts#changePassword': async () => {
    await changePassword(
      { currentPassword: DEMO_PASSWORD, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD },
      { personId: ids.member },
      deps(),
    );
    return {
      action: 'auth.passwordChanged',
      entityType: 'Person',
      entityId: ids.member,
      personId: ids.member,
      associationId: null,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/request-password-reset.ts#requestPasswordReset': async () => {
    const { email } = await db().person.findUniqueOrThrow({ where: { id: ids.vice } });
    await requestPasswordReset({ email }, { ...deps(), minAnswerMs: 0 });
    return {
      action: 'auth.passwordResetRequested',
      entityType: 'Person',
      entityId: ids.vice,
      personId: ids.vice,
      associationId: null,
      before: 'absent',
      after: 'absent',
    };
  },
  'src/server/people/reset-password.ts#resetPassword': async () => {
    const { token } = await db().$transaction((tx) =>
      createPasswordToken(tx, { personId: ids.vice, purpose: 'RESET', now }),
    );
    await resetPassword({ token, password: NEW_PASSWORD, passwordAgain: NEW_PASSWORD }, deps());
    return {
      action: 'auth.passwordReset',
      entityType: 'Person',
      entityId: ids.vice,
      personId: ids.vice,
      associationId: null,
      before: 'absent',
      after: 'absent',
    };
  },
};

runAuditRows('people and passwords write audit entries', ROWS, {
  db: () => database.prisma,
  associationId: () => ids.gotland,
});
