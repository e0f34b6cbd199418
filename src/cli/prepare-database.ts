import { createPrismaClient } from '@/server/db/client';
import { applyMigrations } from '@/server/db/migrations';
import { isDatabaseEmpty, seedDemoData } from '@/server/seed/seed-demo';

/** Applies the migrations, then fills an empty database with the demo data. True when it seeded. */
export async function prepareDatabase(url: string): Promise<boolean> {
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(prisma))) return false;
    await seedDemoData(prisma);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
