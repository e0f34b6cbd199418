import type { PrismaClient } from '@/generated/prisma/client';
import { createTestDatabase, type TestDatabase } from './test-database';
import { seedDemoData } from '@/server/seed/seed-demo';

/** The seeded demo rows (src/server/seed) integration tests act on, by the names the tests use. */
export async function loadDemoIds(prisma: PrismaClient) {
  const association = async (slug: string) => (await prisma.association.findUniqueOrThrow({ where: { slug } })).id;
  const person = async (email: string) => (await prisma.person.findUniqueOrThrow({ where: { email } })).id;
  const gotland = await association('finsamgotland');
  const plan = async (year: number) =>
    (await prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year } })).id;
  const intervention = async (name: string) =>
    (await prisma.intervention.findFirstOrThrow({ where: { associationId: gotland, name: { startsWith: name } } })).id;
  const boardMeeting = async (status: 'MINUTES_LOCKED' | 'PLANNED') =>
    (await prisma.meeting.findFirstOrThrow({ where: { associationId: gotland, body: 'BOARD', status } })).id;
  const [chair, vice, member] = await Promise.all(
    ['ordforande', 'vice', 'ledamot'].map((who) => person(`${who}@finsamgotland.se`)),
  );
  const seats = await prisma.boardSeat.findMany({ where: { associationId: gotland }, orderBy: { createdAt: 'asc' } });
  return {
    gotland,
    sjobygden: await association('sjobygden'),
    draft2027: await plan(2027),
    adopted2026: (
      await prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2026, status: 'ADOPTED' } })
    ).id,
    director: await person('chef@samplan.se'),
    admin: await person('admin@finsamgotland.se'),
    chair: chair!,
    vice: vice!,
    member: member!,
    deputy1: await person('ersattare@finsamgotland.se'),
    preparer: await person('beredning@finsamgotland.se'),
    representative: await person('medlem@finsamgotland.se'),
    auditor: await person('revisor@finsamgotland.se'),
    otherBoardMember: await person('ledamot@sjobygden.se'),
    /** The ordinary board member who has no demo login. */
    elin: seats.find((s) => s.kind === 'ORDINARY' && ![chair, vice, member].includes(s.personId))!.personId,
    deputy2: seats.find((s) => s.kind === 'DEPUTY' && s.deputyOrder === 2)!.personId,
    forsteget: await intervention('Jobbvägen – Försteget'),
    ungVux: await intervention('Ung Vux Gotland'),
    /** The held board meeting whose locked minutes adopted the 2026 plan. */
    boardMeeting: await boardMeeting('MINUTES_LOCKED'),
    plannedMeeting: await boardMeeting('PLANNED'),
  };
}

export type DemoIds = Awaited<ReturnType<typeof loadDemoIds>>;

/** A new test database with the demo data, and the ids of its rows. */
export async function seededDemoDatabase(): Promise<{ database: TestDatabase; ids: DemoIds }> {
  const database = await createTestDatabase();
  await seedDemoData(database.prisma);
  return { database, ids: await loadDemoIds(database.prisma) };
}
