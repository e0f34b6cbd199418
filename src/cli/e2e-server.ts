/**
 * The server Playwright tests run against: the production build (`next build` ran before)
 * over a throwaway embedded PostgreSQL, migrated and seeded from scratch every run.
 * With E2E_DATABASE_URL (an empty database on an external server) that server is used instead.
 * E2E_DATA_DIR and E2E_DB_NAME let a spec start a second such server of its own (the
 * authorization sweep mutates freely, so it gets its own database). SAMPLAN_DEMO=off leaves the
 * database empty, as a real install starts (e2e/empty-install.spec.ts).
 */
import { freshSeededDatabase } from './fresh-database';
import { runNext } from './run-next';
import { runCli } from './run-cli';

async function main() {
  const database = await freshSeededDatabase({
    dataDir: process.env.E2E_DATA_DIR ?? '.data/e2e-postgres',
    port: Number(process.env.E2E_PG_PORT ?? 54331),
    name: process.env.E2E_DB_NAME ?? 'samplan_e2e',
    externalUrl: process.env.E2E_DATABASE_URL,
    demo: process.env.SAMPLAN_DEMO !== 'off',
  });
  await runNext(['start'], database.url, { onExit: database.stop });
}

runCli(main);
