import { createPrismaClient } from '@/server/db/client';
import { applyMigrations } from '@/server/db/migrations';
import { isDatabaseEmpty, seedDemoData } from '@/server/seed/seed-demo';

export interface PreparedDatabase {
  /** This run put the demo data in. */
  seeded: boolean;
  /** The install holds the demo data (this run or an earlier one: the Installation row). */
  demoData: boolean;
}

/**
 * Applies the migrations; with `demo`, fills an empty database with the demo data. Without it an
 * empty database stays empty (a real install: the first system administrator comes from
 * `npm run admin:create`).
 */
export async function prepareDatabase(url: string, { demo }: { demo: boolean }): Promise<PreparedDatabase> {
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    if (demo && (await isDatabaseEmpty(prisma))) {
      await seedDemoData(prisma);
      return { seeded: true, demoData: true };
    }
    const installation = await prisma.installation.findUnique({ where: { id: 1 }, select: { demoData: true } });
    return { seeded: false, demoData: installation?.demoData ?? false };
  } finally {
    await prisma.$disconnect();
  }
}
