/** `npm run db:seed`: migrates, then adds the demo data to an empty database. */
import { createPrismaClient } from '@/server/db/client';
import { applyMigrations } from '@/server/db/migrations';
import { resolveDatabase } from '@/server/db/resolve-database';
import { isDatabaseEmpty, seedDemoData } from '@/server/seed/seed-demo';
import { printDemoLogins } from './print-demo-logins';
import { runCli } from './run-cli';

async function main() {
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
}

runCli(main);
