import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan } from '@/server/plan/create-plan';
import { deleteDraftPlan } from '@/server/plan/delete-draft-plan';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

// An association unlike the demo: no plan at all, no members, one director and one board member.
let db: TestDatabase;
let associationId: string;
let other: string;
let director: string;
let boardMember: string;
const now = new Date('2026-12-02T10:00:00Z');
const options = () => ({ db: db.prisma, now });

beforeAll(async () => {
  db = await createTestDatabase();
  const make = (slug: string) =>
    db.prisma.association.create({ data: { slug, name: slug, settings: { create: {} } }, select: { id: true } });
  associationId = (await make('nytt-forbund')).id;
  other = (await make('annat-forbund')).id;
  const person = (email: string) =>
    db.prisma.person.create({ data: { email, name: email, passwordHash: 'x' }, select: { id: true } });
  director = (await person('chef@nytt.se')).id;
  boardMember = (await person('ledamot@nytt.se')).id;
  await db.prisma.roleAssignment.createMany({
    data: [
      { personId: director, associationId, role: 'DIRECTOR' },
      { personId: boardMember, associationId, role: 'BOARD_MEMBER' },
      { personId: director, associationId: other, role: 'DIRECTOR' },
    ],
  });
});
afterAll(() => db.drop());

describe('createPlan', () => {
  it('creates an empty draft for a past year, audited', async () => {
    const { planId, year } = await createPlan({ associationId, year: 2015 }, { personId: director }, options());
    expect(year).toBe(2015);
    const plan = await db.prisma.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ year: 2015, versionNumber: 1, status: 'DRAFT', associationId });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: planId, action: 'plan.created' } });
    expect(audit.associationId).toBe(associationId);
  });

  it('refuses a year that has a plan, with the message on the year field', async () => {
    const error = await refusal(createPlan({ associationId, year: 2015 }, { personId: director }, options()));
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors.year).toBe('Det finns redan en plan för 2015.');
  });

  it('refuses a year out of range (before 2004, more than five ahead)', async () => {
    for (const year of [2003, 2032]) {
      const error = await refusal(createPlan({ associationId, year }, { personId: director }, options()));
      expect((error as FieldValidationError).fieldErrors.year).toBe('Ange ett år från 2004 till 2031.');
    }
  });

  it('the same year in another association is another plan', async () => {
    await expect(
      createPlan({ associationId: other, year: 2015 }, { personId: director }, options()),
    ).resolves.toMatchObject({ year: 2015 });
  });

  it('a board member may not (FORBIDDEN), a stranger gets NOT_FOUND', async () => {
    const forbidden = await refusal(createPlan({ associationId, year: 2016 }, { personId: boardMember }, options()));
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN' });
    const stranger = await refusal(
      createPlan({ associationId: other, year: 2016 }, { personId: boardMember }, options()),
    );
    expect(stranger).toBeInstanceOf(AuthorizationError);
    expect(stranger).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deleteDraftPlan', () => {
  it('deletes a draft nothing refers to, with its own content, audited', async () => {
    const { planId } = await createPlan({ associationId, year: 2017 }, { personId: director }, options());
    await db.prisma.planSection.create({ data: { planId, order: 1, level: 1, title: 'Inledning', bodyMarkdown: '' } });
    await expect(
      deleteDraftPlan({ associationId, planId, version: 1 }, { personId: director }, options()),
    ).resolves.toEqual({ year: 2017 });
    expect(await db.prisma.plan.count({ where: { id: planId } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { entityId: planId, action: 'plan.deleted' } })).toBe(1);
  });

  it('refuses with every reason: a comment and a matter refer to it', async () => {
    const { planId } = await createPlan({ associationId, year: 2018 }, { personId: director }, options());
    await db.prisma.planComment.create({ data: { planId, authorId: boardMember, body: 'Bra', phase: 'PREPARATION' } });
    await db.prisma.matter.create({
      data: { associationId, planId, title: 'Planen', raisedById: director, year: 2018, number: 1 },
    });
    const error = await refusal(
      deleteDraftPlan({ associationId, planId, version: 1 }, { personId: director }, options()),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe('Planen kan inte tas bort: den har kommentarer, ärenden hänvisar till den.');
    expect(await db.prisma.plan.count({ where: { id: planId } })).toBe(1);
  });

  it('refuses a plan that is not a draft', async () => {
    const { planId } = await createPlan({ associationId, year: 2019 }, { personId: director }, options());
    await db.prisma.plan.update({ where: { id: planId }, data: { status: 'ADOPTED', version: { increment: 1 } } });
    const error = await refusal(
      deleteDraftPlan({ associationId, planId, version: 2 }, { personId: director }, options()),
    );
    expect((error as Error).message).toBe('Planen kan inte tas bort: den är inte ett utkast.');
  });

  it('a stale version is STALE; another association’s plan is NOT_FOUND; a board member is FORBIDDEN', async () => {
    const { planId } = await createPlan({ associationId, year: 2020 }, { personId: director }, options());
    expect(
      await refusal(deleteDraftPlan({ associationId, planId, version: 7 }, { personId: director }, options())),
    ).toBeInstanceOf(StaleVersionError);
    expect(
      await refusal(deleteDraftPlan({ associationId: other, planId, version: 1 }, { personId: director }, options())),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await refusal(deleteDraftPlan({ associationId, planId, version: 1 }, { personId: boardMember }, options())),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});
