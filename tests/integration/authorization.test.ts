import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, PERMISSIONS } from '@/domain/authz/permissions';
import { ROLES } from '@/domain/authz/roles';
import { assertPermission } from '@/server/authz/assert-permission';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { authorize } from '@/server/authz/authorize';
import { listMyAssociations } from '@/server/authz/list-my-associations';
import { loadMembershipBySlug, loadRoles } from '@/server/authz/load-membership';
import { createTestDatabase } from '../support/test-database';
import {
  createAssociation,
  createPerson,
  seedPeopleInTwoAssociations,
  type PeopleFixture,
} from '../support/people-fixture';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let fixture: PeopleFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  fixture = await seedPeopleInTwoAssociations(database.prisma);
});
afterAll(async () => {
  await database?.drop();
});

const db = () => ({ db: database.prisma });

describe('authorize', () => {
  const cases = ROLES.flatMap((role) =>
    ACTIONS.map((action) => ({ role, action, allowed: PERMISSIONS[action].includes(role) })),
  );

  it.each(ROLES)('%s: each action as the table says in the own association, nothing in the other', async (role) => {
    const { a, b } = fixture.associations;
    for (const { action, allowed } of cases.filter((c) => c.role === role)) {
      expect(await authorize(fixture.people.a[role], a.id, action, db()), `${action} own`).toBe(allowed);
      expect(await authorize(fixture.people.a[role], b.id, action, db()), `${action} foreign`).toBe(false);
      expect(await authorize(fixture.people.b[role], b.id, action, db()), `${action} own (B)`).toBe(allowed);
      expect(await authorize(fixture.people.b[role], a.id, action, db()), `${action} foreign (B)`).toBe(false);
    }
  });

  it('gives a person with roles in two associations each association’s own roles', async () => {
    const { a, b } = fixture.associations;
    const person = fixture.twoAssociations;
    expect(await loadRoles(person, a.id, db())).toEqual(['DIRECTOR']);
    expect(await loadRoles(person, b.id, db())).toEqual(['BOARD_MEMBER', 'AUDITOR']);
    expect(await authorize(person, a.id, 'budget.edit', db())).toBe(true);
    expect(await authorize(person, b.id, 'budget.edit', db())).toBe(false);
    expect(await authorize(person, b.id, 'auditLog.read', db())).toBe(true);
    expect(await authorize(person, b.id, 'minutes.adjust', db())).toBe(true);
    expect(await authorize(person, a.id, 'minutes.adjust', db())).toBe(false);
  });

  it('counts only role assignments in force', async () => {
    const association = await createAssociation(database.prisma, 'Tidsförbund');
    const now = new Date('2026-05-01T12:00:00Z');
    const person = await createPerson(database.prisma, {
      name: 'Avgången ordförande',
      roles: [
        { associationId: association.id, role: 'CHAIR', validTo: new Date('2025-12-31T23:00:00Z') },
        { associationId: association.id, role: 'BOARD_MEMBER', validFrom: new Date('2026-01-01T00:00:00Z') },
        { associationId: association.id, role: 'AUDITOR', validFrom: new Date('2026-07-01T00:00:00Z') },
      ],
    });
    expect(await loadRoles(person, association.id, { ...db(), now })).toEqual(['BOARD_MEMBER']);
    expect(await authorize(person, association.id, 'invoice.attest', { ...db(), now })).toBe(false);
  });

  it('is false for an association that does not exist', async () => {
    expect(await authorize(fixture.people.a.DIRECTOR, 'no-such-id', 'association.read', db())).toBe(false);
  });
});

describe('assertPermission', () => {
  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'ALLOWED';
    } catch (error) {
      expect(error).toBeInstanceOf(AuthorizationError);
      return (error as AuthorizationError).code;
    }
  };

  it('names why it refuses', async () => {
    const { a, b } = fixture.associations;
    expect(await codeOf(assertPermission(null, a.id, 'association.read', db()))).toBe('UNAUTHENTICATED');
    expect(await codeOf(assertPermission(fixture.people.b.DIRECTOR, a.id, 'association.read', db()))).toBe('NOT_FOUND');
    expect(await codeOf(assertPermission(fixture.people.a.AUDITOR, a.id, 'budget.edit', db()))).toBe('FORBIDDEN');
    expect(await codeOf(assertPermission(fixture.people.a.DIRECTOR, a.id, 'budget.edit', db()))).toBe('ALLOWED');
    expect(await assertPermission(fixture.twoAssociations, b.id, 'plan.read', db())).toEqual([
      'BOARD_MEMBER',
      'AUDITOR',
    ]);
  });
});

describe('memberships', () => {
  it('finds an association by slug only for its own people', async () => {
    const { a } = fixture.associations;
    expect(await loadMembershipBySlug(fixture.people.a.CHAIR, a.slug, db())).toEqual({
      association: a,
      roles: ['CHAIR'],
    });
    expect(await loadMembershipBySlug(fixture.people.b.CHAIR, a.slug, db())).toBeNull();
    expect(await loadMembershipBySlug(fixture.people.a.CHAIR, 'finns-inte', db())).toBeNull();
  });

  it('lists the person’s associations by name with the roles in each', async () => {
    const { a, b } = fixture.associations;
    expect(await listMyAssociations(fixture.twoAssociations, db())).toEqual([
      { ...a, roles: ['DIRECTOR'] },
      { ...b, roles: ['BOARD_MEMBER', 'AUDITOR'] },
    ]);
    expect(await listMyAssociations(fixture.people.b.DEPUTY, db())).toEqual([{ ...b, roles: ['DEPUTY'] }]);
  });
});
