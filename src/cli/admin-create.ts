/**
 * `npm run admin:create -- --email a@b.se --name "Namn" [--another]` (ADR 029): the first system
 * administrator of an install (or another one), and a one-time link to choose a password. Uses
 * DATABASE_URL, else the embedded database (reused when `npm start` already runs it).
 */
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { format, messages } from '@/i18n/catalog';
import { createPrismaClient } from '@/server/db/client';
import { applyMigrations } from '@/server/db/migrations';
import { resolveDatabase } from '@/server/db/resolve-database';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { readMailSettings } from '@/server/mail/mail-settings';
import { createSystemAdmin } from '@/server/system/create-system-admin';
import { runCli } from './run-cli';

async function main() {
  const t = messages().system.createAdmin;
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, another: { type: 'boolean', default: false } },
  });
  if (!values.email || !values.name) {
    console.error(t.usage);
    process.exitCode = 2;
    return;
  }
  const database = await resolveDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    await applyMigrations(database.url);
    const admin = await createSystemAdmin(
      { email: values.email, name: values.name, another: values.another },
      { db: prisma },
    );
    console.log(format(t.created, { name: admin.name, email: admin.email }));
    if (admin.link) {
      console.log(
        format(t.link, { expires: admin.link.expiresAt.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }) }),
      );
      console.log(`  ${admin.link.url}`);
    } else console.log(format(t.hasPassword, { email: admin.email }));
    console.log(format(t.next, { url: `${readMailSettings().appUrl}/system` }));
  } catch (error) {
    if (error instanceof ConflictError) {
      console.error(error.message);
      process.exitCode = 1;
    } else if (error instanceof ZodError) {
      console.error(error.issues.map((issue) => issue.message).join('\n'));
      process.exitCode = 2;
    } else throw error;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

runCli(main);
