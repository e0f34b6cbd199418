import type { ChildProcess } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { startNext } from '../src/cli/run-next';
import { signIn } from './support';

/**
 * Helpers for the specs that start servers of their own (two instances, database restart).
 * Ports are derived from the run's own E2E_PORT / E2E_PG_PORT, so parallel runs never collide:
 * +40 the second instance, +41 the restart spec's server; E2E_PG_PORT+40 the restart spec's PostgreSQL.
 */
export const MAIN_PORT = Number(process.env.E2E_PORT ?? 3100);
export const MAIN_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54331);
export const SECOND_INSTANCE_PORT = MAIN_PORT + 40;
export const RESTART_SERVER_PORT = MAIN_PORT + 41;
export const RESTART_PG_PORT = MAIN_PG_PORT + 40;
export const mainDatabaseUrl =
  process.env.E2E_DATABASE_URL ?? `postgresql://samplan:samplan@127.0.0.1:${MAIN_PG_PORT}/samplan_e2e`;

export interface Instance {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A production server (`next start`, the build in .next) on `port` over `databaseUrl`, ready when /logga-in answers. */
export async function startInstance(databaseUrl: string, port: number): Promise<Instance> {
  const child = startNext(['start'], databaseUrl, String(port));
  const url = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on port ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/logga-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`next start on port ${port} did not answer within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** One client for a few statements, closed afterwards. */
export { withAdminClient as withDatabase } from '../src/server/db/admin';

/** "1 234 567" or "−5 000" (no-break spaces, Unicode minus) as a number. */
export function amountOf(text: string): number {
  return Number(
    text
      .replace(/[\s\u00a0]/g, '')
      .replace('\u2212', '-')
      .replace(/kr$/, '') || '0',
  );
}

/** 1234567 as the app writes it in a cell (src/domain/money/kronor.ts): "1 234 567" with no-break spaces. */
export function cellText(amount: number): string {
  const grouped = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return amount < 0 ? `\u2212${grouped}` : grouped;
}

/** Signs in and waits for the association list; argon2 on a loaded machine may take several seconds. */
export async function signedIn(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
}
