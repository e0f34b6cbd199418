import type { PreparedDatabase } from './prepare-database';
import { printDemoLogins } from './print-demo-logins';

/** After the database is ready: the demo logins when the install holds the demo, else how to begin. */
export function printInstallStatus(prepared: PreparedDatabase, hasSystemAdmin: boolean): void {
  if (prepared.demoData) {
    printDemoLogins();
    return;
  }
  if (hasSystemAdmin) {
    console.log('\nSystemadministratören loggar in och skapar förbund under /system.\n');
    return;
  }
  console.log(
    [
      '',
      'Tom installation (ingen demodata, SAMPLAN_DEMO). Skapa den första systemadministratören i en annan terminal:',
      '  npm run admin:create -- --email du@example.se --name "Ditt namn"',
      'Kommandot skriver ut en engångslänk där du väljer lösenord; sedan skapar du förbund under /system.',
      '',
    ].join('\n'),
  );
}
