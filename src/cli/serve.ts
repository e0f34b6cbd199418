/**
 * `npm run dev` / `npm start`: one command from a fresh clone to a running app.
 * Without DATABASE_URL it starts an embedded PostgreSQL under .data/postgres; then it
 * migrates, seeds an empty database, prints the demo logins and runs Next.js until stopped.
 */
import { existsSync } from 'node:fs';
import { resolveDatabase } from '@/server/db/resolve-database';
import { prepareDatabase } from './prepare-database';
import { runNext } from './run-next';
import { printDemoLogins } from './print-demo-logins';
import { runCli } from './run-cli';

async function main() {
  const mode = process.argv[2] === 'start' ? 'start' : 'dev';
  const database = await resolveDatabase();
  try {
    if (await prepareDatabase(database.url)) console.log('Tom databas: demodata skapad.');
  } catch (error) {
    await database.stop();
    throw error;
  }
  if (mode === 'start' && !existsSync('.next/BUILD_ID')) {
    console.log('Ingen produktionsbyggnad hittades: bygger (next build) …');
    await runNext(['build'], database.url).catch(async (error: unknown) => {
      await database.stop();
      throw error;
    });
  }
  printDemoLogins();
  await runNext([mode], database.url, { onExit: () => database.stop() });
}

runCli(main);
