/**
 * Once per `vitest run`: a PostgreSQL server and the database `samplan_template` with all migrations
 * applied; each test file clones it (tests/support/test-database.ts). See docs/decisions/003-test-databases.md.
 *
 * Without TEST_DATABASE_URL: an embedded server in .data/test-postgres on port 54330 (TEST_PG_PORT), wiped first.
 * With TEST_DATABASE_URL (an admin URL of an external server, allowed to create databases): that server.
 */
import type { TestProject } from 'vitest/node';
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from '@/server/db/admin';
import { runningServerPid, startEmbeddedPostgres } from '@/server/db/embedded-postgres';
import { removeDataDir } from '@/server/db/postgres-runtime';
import { applyMigrations } from '@/server/db/migrations';

const TEMPLATE_DATABASE = 'samplan_template';
const DATA_DIR = '.data/test-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    testAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  if (!adminUrl) {
    const pid = runningServerPid(DATA_DIR);
    if (pid) throw new Error(`PostgreSQL (pid ${pid}) runs on ${DATA_DIR}: another test run, or a leftover to kill.`);
    await removeDataDir(DATA_DIR);
    const server = await startEmbeddedPostgres({
      dataDir: DATA_DIR,
      port: Number(process.env.TEST_PG_PORT ?? 54330),
      fast: true,
    });
    adminUrl = server.url();
    stopServer = () => server.stop();
  }

  await dropDatabase(adminUrl, TEMPLATE_DATABASE); // left by an earlier run on an external server
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE));
  project.provide('testAdminUrl', adminUrl);

  const url = adminUrl;
  return async () => {
    await dropDatabase(url, TEMPLATE_DATABASE);
    await stopServer();
  };
}
