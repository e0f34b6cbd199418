/**
 * `npm run db:restore -- FILE [TARGET_URL]`: restores a backup made by `npm run db:backup` into an
 * empty database: TARGET_URL, else DATABASE_URL, else the embedded database (.data/postgres).
 * Refuses a database that already has data. See src/server/db/restore.ts.
 */
import { existsSync } from 'node:fs';
import { restoreDatabase } from '@/server/db/restore';
import { resolveDatabase, type ResolvedDatabase } from '@/server/db/resolve-database';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  const [file, target] = process.argv.slice(2);
  if (!file) throw new Error('Usage: npm run db:restore -- FILE [TARGET_URL]');
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const database: ResolvedDatabase = target ? { url: target, stop: async () => {} } : await resolveDatabase();
  try {
    const result = await restoreDatabase(database.url, file);
    console.log(
      `Restored ${result.rows} rows in ${result.tables} tables (migrations up to ${result.migrations.at(-1) ?? 'none'}).`,
    );
    console.log('Newer migrations, if any, are applied at the next start (or npm run db:migrate).');
  } finally {
    await database.stop();
  }
}

runCli(main);
