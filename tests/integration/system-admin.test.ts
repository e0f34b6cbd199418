import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMembershipBySlug } from '@/server/authz/load-membership';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { createAssociation } from '@/server/system/create-association';
import { createSystemAdmin } from '@/server/system/create-system-admin';
import { inviteDirector } from '@/server/system/invite-director';
import { listAssociationsForSystem } from '@/server/system/page-readers/list-associations';
import { loadAssociationRules } from '@/server/settings/load-association-rules';
import { refusal } from '../support/refusal';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// An empty install: no demo data, as `SAMPLAN_DEMO=off` starts.
let db: TestDatabase;
let admin: string;
let plainPerson: string;
const now = new Date('2026-12-02T10:00:00Z');
const deps = () => ({ db: db.prisma, now });

beforeAll(async () => {
  db = await createTestDatabase();
  plainPerson = (
    await db.prisma.person.create({ data: { email: 'vanlig@example.se', name: 'Vanlig', passwordHash: 'x' } })
  ).id;
});
afterAll(() => db.drop());

describe('createSystemAdmin (npm run admin:create)', () => {
  it('creates a person without a password, marked system administrator, with a one-time link', async () => {
    const created = await createSystemAdmin({ email: ' Ada@Example.SE ', name: 'Ada Admin' }, deps());
    admin = created.personId;
    expect(created.email).toBe('ada@example.se');
    expect(created.link?.url).toMatch(/^http:\/\/localhost:\d+\/losenord\/\S+$/);
    const person = await db.prisma.person.findUniqueOrThrow({ where: { id: admin } });
    expect(person).toMatchObject({ systemAdmin: true, passwordHash: null });
    expect(await db.prisma.passwordToken.count({ where: { personId: admin, purpose: 'SET_PASSWORD' } })).toBe(1);
    expect(await db.prisma.roleAssignment.count({ where: { personId: admin } })).toBe(0);
  });

  it('refuses a second administrator unless asked for another', async () => {
    const error = await refusal(createSystemAdmin({ email: 'bo@example.se', name: 'Bo' }, deps()));
    expect(error).toBeInstanceOf(ConflictError);
    expect(await db.prisma.person.count({ where: { email: 'bo@example.se' } })).toBe(0);
  });

  it('with another: marks an existing person, who keeps their password (no link)', async () => {
    const created = await createSystemAdmin({ email: 'vanlig@example.se', name: 'Ignoreras', another: true }, deps());
    expect(created).toMatchObject({ personId: plainPerson, name: 'Vanlig', link: null });
    await db.prisma.person.update({ where: { id: plainPerson }, data: { systemAdmin: false } });
  });

  it('refuses an address that is not one', async () => {
    expect(
      await refusal(createSystemAdmin({ email: 'inte-en-adress', name: 'X', another: true }, deps())),
    ).toMatchObject({ name: 'ZodError' });
  });
});

describe('createAssociation', () => {
  it('creates the association with its rules at the defaults, an equity cap tier and the prisbasbelopp', async () => {
    const { associationId, slug } = await createAssociation(
      { name: 'Samordningsförbundet Norrdal', slug: 'norrdal', orgNumber: '222000-1234' },
      { personId: admin },
      deps(),
    );
    expect(slug).toBe('norrdal');
    const association = await db.prisma.association.findUniqueOrThrow({
      where: { id: associationId },
      include: { settings: true, priceBaseAmounts: true, plans: true, members: true },
    });
    expect(association.orgNumber).toBe('222000-1234');
    expect(association.settings).not.toBeNull();
    const rules = await loadAssociationRules(db.prisma, associationId, 2027);
    expect(rules).toMatchObject({ effectiveFromYear: null, prognosisYears: 3, quorumRule: 'MORE_THAN_HALF' });
    expect(rules.capTiers.map((t) => [t.upTo?.toString(), t.percent.toString()])).toEqual([['7000000', '20']]);
    expect(association.priceBaseAmounts.length).toBeGreaterThan(0);
    expect(association.plans).toEqual([]);
    expect(association.members).toEqual([]);
  });

  it('refuses a taken slug, a malformed slug and org number, each next to its field', async () => {
    const taken = await refusal(createAssociation({ name: 'Annat', slug: 'norrdal' }, { personId: admin }, deps()));
    expect((taken as FieldValidationError).fieldErrors).toEqual({
      slug: 'Adressen används redan av ett annat förbund.',
    });
    const malformed = await refusal(
      createAssociation({ name: 'Annat', slug: 'Norr Dal', orgNumber: '12-34' }, { personId: admin }, deps()),
    );
    expect(Object.keys((malformed as FieldValidationError).fieldErrors).sort()).toEqual(['orgNumber', 'slug']);
  });

  it('a person who is not a system administrator is refused (FORBIDDEN), whatever their roles', async () => {
    expect(
      await refusal(createAssociation({ name: 'X', slug: 'x-forbund' }, { personId: plainPerson }, deps())),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.prisma.association.count({ where: { slug: 'x-forbund' } })).toBe(0);
  });
});

describe('hostile input as the system administrator (the sweep’s director is refused before parsing matters)', () => {
  const hostile = `<script>alert(1)</script>'; DROP TABLE "Association"; --`;

  it('a hostile name is stored verbatim; hostile slugs and org numbers are refused next to the field', async () => {
    const { associationId } = await createAssociation(
      { name: hostile, slug: 'fientligt-namn' },
      { personId: admin },
      deps(),
    );
    expect((await db.prisma.association.findUniqueOrThrow({ where: { id: associationId } })).name).toBe(hostile);
    for (const slug of [hostile, '../../etc', 'a'.repeat(10_000), '__proto__']) {
      const error = await refusal(createAssociation({ name: 'X', slug }, { personId: admin }, deps()));
      expect(error, slug.slice(0, 20)).toSatisfy(
        (e: unknown) => e instanceof FieldValidationError || (e as Error).name === 'ZodError',
      );
    }
    const org = await refusal(
      createAssociation({ name: 'X', slug: 'ok-slug', orgNumber: "1' OR '1'='1" }, { personId: admin }, deps()),
    );
    expect((org as FieldValidationError).fieldErrors.orgNumber).toBe('Ange organisationsnumret som NNNNNN-NNNN.');
    for (const input of [
      { name: 'X'.repeat(201), slug: 'lang' },
      { name: 'X', slug: 'y', extra: 1 },
      { name: 42, slug: 'z' },
    ])
      expect(await refusal(createAssociation(input as never, { personId: admin }, deps()))).toMatchObject({
        name: 'ZodError',
      });
    expect(await db.prisma.association.count({ where: { slug: { in: ['ok-slug', 'lang', 'y', 'z'] } } })).toBe(0);
  });

  it('a hostile invitation address or name is refused or kept verbatim', async () => {
    const association = await db.prisma.association.findUniqueOrThrow({ where: { slug: 'fientligt-namn' } });
    for (const email of [hostile, 'a@b', `${'a'.repeat(300)}@example.se`])
      expect(
        await refusal(inviteDirector({ associationId: association.id, email, name: 'X' }, { personId: admin }, deps())),
      ).toMatchObject({ name: 'ZodError' });
    await inviteDirector(
      { associationId: association.id, email: 'fiende@example.se', name: hostile },
      { personId: admin },
      deps(),
    );
    expect((await db.prisma.person.findUniqueOrThrow({ where: { email: 'fiende@example.se' } })).name).toBe(hostile);
  });
});

describe('inviteDirector', () => {
  it('invites the director (INVITATION mail with the link), the list shows it; the admin gets no role', async () => {
    const association = await db.prisma.association.findUniqueOrThrow({ where: { slug: 'norrdal' } });
    const { invitationId } = await inviteDirector(
      { associationId: association.id, email: 'chef@norrdal.se', name: 'Nora Chef' },
      { personId: admin },
      deps(),
    );
    const invitation = await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(invitation.roles).toEqual([{ role: 'DIRECTOR', memberId: null, validFrom: null, validTo: null }]);
    const mail = await db.prisma.outboxMail.findFirstOrThrow({
      where: { kind: 'INVITATION', toAddress: 'chef@norrdal.se' },
    });
    expect(mail.toAddress).toBe('chef@norrdal.se');
    expect(mail.textBody).toMatch(/\/inbjudan\/\S+/);
    const row = (await listAssociationsForSystem(now, db.prisma)).find((r) => r.slug === 'norrdal');
    expect(row).toMatchObject({ slug: 'norrdal', people: 0, director: { kind: 'INVITED', email: 'chef@norrdal.se' } });
    expect(await db.prisma.roleAssignment.count({ where: { personId: admin } })).toBe(0);
  });

  it('an association that does not exist: NOT_FOUND; a non-admin: FORBIDDEN first', async () => {
    expect(
      await refusal(
        inviteDirector({ associationId: 'ingen', email: 'a@b.se', name: 'A' }, { personId: admin }, deps()),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await refusal(
        inviteDirector({ associationId: 'ingen', email: 'a@b.se', name: 'A' }, { personId: plainPerson }, deps()),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a system administrator holds no association role', () => {
  it('has no membership in the association they created (its pages answer 404)', async () => {
    expect(await loadMembershipBySlug(admin, 'norrdal', { db: db.prisma })).toBeNull();
  });
});
