import { DEMO_LOGINS, DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { messages } from '@/i18n/catalog';

export function printDemoLogins(): void {
  const roleNames = messages().roles;
  console.log(`\nDemoinloggningar (lösenord för alla: ${DEMO_PASSWORD}):`);
  for (const login of DEMO_LOGINS) {
    const roles = Object.entries(login.roles)
      .map(([slug, list]) => `${slug}: ${(list ?? []).map((role) => roleNames[role]).join(', ')}`)
      .join('; ');
    console.log(`  ${login.email.padEnd(30)} ${login.name.padEnd(18)} ${roles}`);
  }
  console.log('');
}
