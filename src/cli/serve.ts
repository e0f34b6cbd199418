/**
 * `npm run dev` / `npm start`: one command from a fresh clone to a running app.
 * Without DATABASE_URL it starts an embedded PostgreSQL under .data/postgres; then it
 * migrates, seeds an empty database, prints the demo logins and runs Next.js until stopped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureAuthSecret } from '@/server/auth/secret';
import { createPrismaClient } from '@/server/db/client';
import { applyMigrations } from '@/server/db/migrations';
import { resolveDatabase } from '@/server/db/resolve-database';
import { isDatabaseEmpty, seedDemoData } from '@/server/seed/seed-demo';
import { printDemoLogins } from './print-demo-logins';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const port = process.env.PORT ?? '3000';

const database = await resolveDatabase();
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await database.stop();
  }
  process.exit(code);
}

try {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url);
  if (await isDatabaseEmpty(prisma)) {
    await seedDemoData(prisma);
    console.log('Tom databas: demodata skapad.');
  }
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  await shutdown(1);
}

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: ensureAuthSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

if (mode === 'start' && !existsSync('.next/BUILD_ID')) {
  console.log('Ingen produktionsbyggnad hittades: bygger (next build) …');
  const build = spawnSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) await shutdown(build.status ?? 1);
}

printDemoLogins();
const next = spawn('npx', ['--no-install', 'next', mode, '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on('exit', (code) => void shutdown(code ?? 0));
