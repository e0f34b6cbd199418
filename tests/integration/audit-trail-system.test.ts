/**
 * System administration's rows of the audit trail (see audit-trail.test.ts): on an empty install,
 * as `npm run admin:create` and /system make it.
 */
import { afterAll, beforeAll } from 'vitest';
import { createAssociation } from '@/server/system/create-association';
import { createSystemAdmin } from '@/server/system/create-system-admin';
import { inviteDirector } from '@/server/system/invite-director';
import { runAuditRows, type AuditRows } from '../support/audit-trail-harness';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const now = new Date('2026-12-02T10:00:00Z');
const deps = () => ({ db: database.prisma, now });
const state: { adminId?: string; associationId?: string } = {};

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const ROWS: AuditRows = {
  'src/server/system/create-system-admin.ts#createSystemAdmin': async () => {
    const admin = await createSystemAdmin({ email: 'Admin@Example.se', name: 'Ada Admin' }, deps());
    state.adminId = admin.personId;
    return {
      action: 'system.adminCreated',
      entityType: 'Person',
      entityId: admin.personId,
      personId: null as unknown as string,
      associationId: null,
      before: 'absent',
      after: { email: 'admin@example.se', name: 'Ada Admin', systemAdmin: true },
    };
  },
  'src/server/system/create-association.ts#createAssociation': async () => {
    const { associationId } = await createAssociation(
      { name: 'Samordningsförbundet Norrdal', slug: 'norrdal', orgNumber: '2220001234' },
      { personId: state.adminId! },
      deps(),
    );
    state.associationId = associationId;
    return {
      action: 'system.associationCreated',
      entityType: 'Association',
      entityId: associationId,
      personId: state.adminId!,
      associationId: null,
      before: 'absent',
      after: { name: 'Samordningsförbundet Norrdal', slug: 'norrdal', orgNumber: '222000-1234' },
    };
  },
  'src/server/system/invite-director.ts#inviteDirector': async () => {
    const { invitationId } = await inviteDirector(
      { associationId: state.associationId!, email: 'chef@norrdal.se', name: 'Nora Chef' },
      { personId: state.adminId! },
      deps(),
    );
    return {
      action: 'people.invitationCreated',
      entityType: 'Invitation',
      entityId: invitationId,
      personId: state.adminId!,
      associationId: state.associationId!,
      before: 'absent',
      after: 'absent',
    };
  },
};

runAuditRows('system administration writes audit entries', ROWS, {
  db: () => database.prisma,
  associationId: () => state.associationId!,
});
