import { randomUUID } from 'node:crypto';
import { afterAll, expect, inject, it } from 'vitest';
import { createDatabaseIfMissing, databaseUrl, dropDatabase, withAdminClient } from '@/server/db/admin';
import { applyMigrations, loadMigrations } from '@/server/db/migrations';
import { createTestDatabase } from '../support/test-database';

const adminUrl = inject('testAdminUrl');
const dropAfterwards: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(dropAfterwards.map((drop) => drop())));

async function migrationNames(): Promise<string[]> {
  return (await loadMigrations()).migrationDirectories.map((directory) => directory.path);
}

async function recordedMigrations(url: string): Promise<{ migration_name: string; finished: boolean }[]> {
  return withAdminClient(url, async (client) => {
    const sql =
      'SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name';
    return (await client.query<{ migration_name: string; finished: boolean }>(sql)).rows;
  });
}

it('applies nothing to a database that is up to date', async () => {
  const database = await createTestDatabase();
  dropAfterwards.push(database.drop);

  expect(await applyMigrations(database.url)).toEqual([]);
  expect(await applyMigrations(database.url)).toEqual([]);
  const names = await migrationNames();
  expect(await recordedMigrations(database.url)).toEqual(
    names.map((name) => ({ migration_name: name, finished: true })),
  );
});

it('lets two processes starting together migrate a fresh database once', async () => {
  const name = `samplan_test_fresh_${randomUUID().slice(0, 8)}`;
  await createDatabaseIfMissing(adminUrl, name);
  dropAfterwards.push(() => dropDatabase(adminUrl, name));
  const url = databaseUrl(adminUrl, name);

  const [first, second] = await Promise.all([applyMigrations(url), applyMigrations(url)]);

  const names = await migrationNames();
  expect([first, second]).toContainEqual(names);
  expect([first, second]).toContainEqual([]);
  expect(await recordedMigrations(url)).toEqual(
    names.map((migration) => ({ migration_name: migration, finished: true })),
  );
});
