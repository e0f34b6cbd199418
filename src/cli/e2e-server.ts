/**
 * The server Playwright tests run against: the production build (`next build` ran before)
 * over a throwaway embedded PostgreSQL, migrated and seeded from scratch every run.
 * With E2E_DATABASE_URL (an empty database on an external server) that server is used instead.
 */
import { freshSeededDatabase } from './fresh-database';
import { runNext } from './run-next';
import { runCli } from './run-cli';

async function main() {
  const database = await freshSeededDatabase({
    dataDir: '.data/e2e-postgres',
    port: Number(process.env.E2E_PG_PORT ?? 54331),
    name: 'samplan_e2e',
    externalUrl: process.env.E2E_DATABASE_URL,
  });
  await runNext(['start'], database.url, { onExit: database.stop });
}

runCli(main);
