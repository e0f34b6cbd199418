/** `npm run db:seed`: migrates, then adds the demo data to an empty database. */
import { resolveDatabase } from '@/server/db/resolve-database';
import { applyMigrations } from '@/server/db/migrations';
import { createPrismaClient } from '@/server/db/client';
import { printDemoLogins } from './print-demo-logins';
import { isDatabaseEmpty, seedDemoData } from '@/server/seed/seed-demo';

const database = await resolveDatabase();
try {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url);
  if (await isDatabaseEmpty(prisma)) {
    await seedDemoData(prisma);
    console.log('Demodata skapad.');
    printDemoLogins();
  } else {
    console.log('Databasen har redan data; demodata läggs bara in i en tom databas.');
  }
  await prisma.$disconnect();
} finally {
  await database.stop();
}
