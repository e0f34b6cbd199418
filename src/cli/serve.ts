/**
 * `npm run dev` / `npm start`: one command from a fresh clone to a running app.
 * Without DATABASE_URL it starts an embedded PostgreSQL under .data/postgres; then it
 * migrates, seeds an empty database with the demo when SAMPLAN_DEMO says so (ADR 029), prints the
 * demo logins or how to create the first system administrator, and runs Next.js until stopped.
 */
import { existsSync } from 'node:fs';
import { decideDemoData } from '@/domain/install/install-mode';
import { resolveDatabase } from '@/server/db/resolve-database';
import { prepareDatabase } from './prepare-database';
import { printInstallStatus } from './print-install-status';
import { countSystemAdmins } from './count-system-admins';
import { runNext } from './run-next';
import { runCli } from './run-cli';

async function main() {
  const mode = process.argv[2] === 'start' ? 'start' : 'dev';
  const decision = decideDemoData({ samplanDemo: process.env.SAMPLAN_DEMO, databaseUrl: process.env.DATABASE_URL });
  if (!decision.ok) throw new Error(`SAMPLAN_DEMO=${decision.value}: ange on eller off (eller lämna den osatt).`);
  const database = await resolveDatabase();
  let prepared;
  let systemAdmins = 0;
  try {
    prepared = await prepareDatabase(database.url, { demo: decision.demo });
    if (prepared.seeded) console.log('Tom databas: demodata skapad.');
    if (!prepared.demoData) systemAdmins = await countSystemAdmins(database.url);
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
  printInstallStatus(prepared, systemAdmins > 0);
  await runNext([mode], database.url, { onExit: () => database.stop() });
}

runCli(main);
