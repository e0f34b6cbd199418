import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureAuthSecret } from '@/server/auth/secret';

/** Starts the Next.js CLI with the database and auth settings the app needs. */
export function startNext(
  args: string[],
  databaseUrl: string,
  port = process.env.PORT ?? '3000',
  stdio: StdioOptions = 'inherit',
): ChildProcess {
  const command = args[0] === 'build' ? args : [...args, '-p', port];
  // Node runs Next's CLI itself (no npx in between), so signals reach it directly. Resolved from
  // the project root (the working directory of every npm script) rather than import.meta, so
  // that Playwright's CommonJS transform can load this file too (e2e/instances.ts).
  const nextBin = createRequire(path.resolve('package.json')).resolve('next/dist/bin/next');
  return spawn(process.execPath, [nextBin, ...command], {
    stdio,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: ensureAuthSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}

/**
 * Runs the Next.js CLI until it exits, forwarding Ctrl-C / SIGTERM; `onExit` runs before
 * the promise settles (e.g. to stop PostgreSQL).
 */
export function runNext(
  args: string[],
  databaseUrl: string,
  options: { onExit?: () => Promise<void> } = {},
): Promise<void> {
  const child = startNext(args, databaseUrl);
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      void (options.onExit?.() ?? Promise.resolve()).finally(() => {
        if (code === 0 || code === null) resolve();
        else reject(new Error(`next ${args[0]} exited with ${code}`));
      });
    });
  });
}
