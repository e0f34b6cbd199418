import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDatabaseIfMissing } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';
import { startEmbeddedPostgres } from '@/server/db/embedded-postgres';
import { applyMigrations } from '@/server/db/migrations';
import { seedDemoData } from '@/server/seed/seed-demo';

await mkdir('.data', { recursive: true });
const dataRoot = await mkdtemp(path.join(process.cwd(), '.data', 'restart-'));
// PostgreSQL runs as its own OS user when we are root; it must be able to enter the folder.
await chmod(dataRoot, 0o755);
afterAll(() => rm(dataRoot, { recursive: true, force: true }));

it('keeps all data when the app and its embedded database restart', async () => {
  const options = { dataDir: path.join(dataRoot, 'postgres'), port: 54339, fast: true };

  const first = await startEmbeddedPostgres(options);
  await createDatabaseIfMissing(first.url(), 'samplan');
  await applyMigrations(first.url('samplan'));
  let prisma = createPrismaClient(first.url('samplan'));
  await seedDemoData(prisma);
  const before = {
    plans: await prisma.plan.count(),
    amounts: await prisma.budgetAmount.count(),
    people: await prisma.person.count(),
  };
  await prisma.$disconnect();
  await first.stop();

  const second = await startEmbeddedPostgres(options);
  expect(second.reused).toBe(false);
  await applyMigrations(second.url('samplan'));
  prisma = createPrismaClient(second.url('samplan'));
  const after = {
    plans: await prisma.plan.count(),
    amounts: await prisma.budgetAmount.count(),
    people: await prisma.person.count(),
  };
  await prisma.$disconnect();
  await second.stop();

  expect(before.plans).toBeGreaterThan(0);
  expect(after).toEqual(before);
}, 120_000);
