/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded dev database. */
import { applyMigrations } from '@/server/db/migrations';
import { resolveDatabase } from '@/server/db/resolve-database';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await database.stop();
  }
}

runCli(main);
