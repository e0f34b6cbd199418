/** `npm run db:seed`: migrates, then adds the demo data to an empty database. */
import { resolveDatabase } from '@/server/db/resolve-database';
import { prepareDatabase } from './prepare-database';
import { printDemoLogins } from './print-demo-logins';
import { runCli } from './run-cli';

async function main() {
  const database = await resolveDatabase();
  try {
    if ((await prepareDatabase(database.url, { demo: true })).seeded) {
      console.log('Demodata skapad.');
      printDemoLogins();
    } else {
      console.log('Databasen har redan data; demodata läggs bara in i en tom databas.');
    }
  } finally {
    await database.stop();
  }
}

runCli(main);
