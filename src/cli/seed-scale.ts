/**
 * `tsx --conditions=react-server src/cli/seed-scale.ts`: adds the large benchmark data (80
 * associations × 10 years of plans, meetings and invoices; src/server/seed/scale.ts) to the
 * database (DATABASE_URL, else the embedded development database), after migrations and the
 * demo data. `npm run bench` makes its own large database the same way.
 */
import { createPrismaClient } from '@/server/db/client';
import { resolveDatabase } from '@/server/db/resolve-database';
import { scaleSlug, seedScaleData } from '@/server/seed/scale';
import { prepareDatabase } from './prepare-database';
import { runCli } from './run-cli';

async function main() {
  const database = await resolveDatabase();
  try {
    await prepareDatabase(database.url, { demo: true });
    const prisma = createPrismaClient(database.url);
    try {
      if (await prisma.association.findUnique({ where: { slug: scaleSlug(1) } })) {
        console.log('Databasen har redan skaldata.');
        return;
      }
      const started = performance.now();
      const counts = await seedScaleData(database.url);
      console.log(`Skaldata skapad på ${((performance.now() - started) / 1000).toFixed(1)} s:`, counts);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

runCli(main);
