import { createDatabaseIfMissing } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';
import { startEmbeddedPostgres } from '@/server/db/embedded-postgres';
import { removeDataDir } from '@/server/db/postgres-runtime';
import { applyMigrations } from '@/server/db/migrations';
import { seedDemoData } from '@/server/seed/seed-demo';

export interface FreshDatabase {
  url: string;
  stop(): Promise<void>;
  /** Milliseconds spent on each step, for the benchmark. */
  timings: { startPostgres: number; migrate: number; seed: number };
}

/**
 * A throwaway database with the demo data: `externalUrl` (an empty database) when given,
 * otherwise a new embedded PostgreSQL in `dataDir` (wiped first). `demo: false` leaves it empty
 * (migrated only), as a real install starts.
 */
export async function freshSeededDatabase(options: {
  dataDir: string;
  port: number;
  name: string;
  externalUrl?: string;
  demo?: boolean;
}): Promise<FreshDatabase> {
  let started = performance.now();
  let url = options.externalUrl;
  let stop = async () => {};
  if (!url) {
    await removeDataDir(options.dataDir);
    const server = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, fast: true });
    await createDatabaseIfMissing(server.url(), options.name);
    url = server.url(options.name);
    stop = () => server.stop();
  }
  const startPostgres = performance.now() - started;
  started = performance.now();
  await applyMigrations(url);
  const migrate = performance.now() - started;
  started = performance.now();
  if (options.demo ?? true) {
    const prisma = createPrismaClient(url);
    await seedDemoData(prisma);
    await prisma.$disconnect();
  }
  const seed = performance.now() - started;
  return { url, stop, timings: { startPostgres, migrate, seed } };
}
