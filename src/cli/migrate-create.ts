/** `npm run db:migrate:create -- NAME`: writes the next migration from the changes in prisma/schema.prisma. */
import path from 'node:path';
import { createMigration } from '@/server/db/migrations';
import { resolveDatabase } from '@/server/db/resolve-database';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  const name = process.argv.slice(2).join('_');
  if (!name) throw new Error('Usage: npm run db:migrate:create -- NAME');
  // The database only hosts a temporary shadow database; its own tables are not touched.
  const database = await resolveDatabase();
  try {
    const dir = await createMigration(database.url, name);
    console.log(
      dir
        ? `Created ${path.relative(process.cwd(), dir)}/migration.sql`
        : 'No changes: schema.prisma matches the migrations.',
    );
  } finally {
    await database.stop();
  }
}

runCli(main);
