/**
 * `npm run db:backup [-- FILE]`: writes a gzip'd logical dump of DATABASE_URL, or of the embedded
 * database (.data/postgres, started for the backup if the app is not running). Default file:
 * .data/backups/samplan-<UTC date and time>.jsonl.gz. See src/server/db/backup.ts.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { backupDatabase } from '@/server/db/backup';
import { resolveDatabase } from '@/server/db/resolve-database';
import { runCli } from './run-cli';

async function main(): Promise<void> {
  const now = new Date();
  const file = path.resolve(
    process.argv[2] ??
      path.join('.data/backups', `samplan-${now.toISOString().replace(/\D/g, '').slice(0, 14)}.jsonl.gz`),
  );
  await mkdir(path.dirname(file), { recursive: true });
  const database = await resolveDatabase();
  try {
    const header = await backupDatabase(database.url, file, { now });
    const last = header.migrations.at(-1)?.name ?? 'none';
    console.log(
      `Backup written: ${file}\n${header.tables.length} tables, ${header.rowCount} rows, migrations up to ${last}.`,
    );
  } finally {
    await database.stop();
  }
}

runCli(main);
