/**
 * The server Playwright tests run against: the production build (`next build` ran before)
 * over a throwaway embedded PostgreSQL, migrated and seeded from scratch every run.
 * With E2E_DATABASE_URL (an empty database on an external server) that server is used instead.
 */
import { rm } from 'node:fs/promises';
import { createDatabaseIfMissing } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';
import { startEmbeddedPostgres } from '@/server/db/embedded-postgres';
import { applyMigrations } from '@/server/db/migrations';
import { seedDemoData } from '@/server/seed/seed-demo';
import { runNext } from './run-next';

async function main() {
  let databaseUrl = process.env.E2E_DATABASE_URL;
  let stopDatabase = async () => {};
  if (!databaseUrl) {
    const dataDir = '.data/e2e-postgres';
    await rm(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir, port: 54331, fast: true });
    await createDatabaseIfMissing(server.url(), 'samplan_e2e');
    databaseUrl = server.url('samplan_e2e');
    stopDatabase = () => server.stop();
  }
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  await seedDemoData(prisma);
  await prisma.$disconnect();
  await runNext(['start'], databaseUrl, { onExit: stopDatabase });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
