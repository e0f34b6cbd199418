import { spawn, type ChildProcess } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

/**
 * A spec's own production server and database (src/cli/e2e-server.ts in its own process group),
 * for specs whose writes later specs on the shared database must not find, or that need another
 * install (no demo data, an SMTP server). Ports are the run's E2E_PORT / E2E_PG_PORT plus the
 * spec's offset, so parallel runs never collide. Offsets in use: +20 authorization sweep, +40/+41
 * e2e/instances.ts, +50 mail notice, +60 empty install, +70 people and passwords.
 */
export interface OwnServer {
  origin: string;
  databaseUrl: string;
  /** The last 4 000 characters the server wrote. */
  log(): string;
  /** Stops the whole process group (tsx, Next.js, PostgreSQL) and waits until it is gone. */
  stop(): Promise<void>;
}

export interface OwnServerOptions {
  /** Named in failures: "the mail spec's server". */
  label: string;
  offset: number;
  dbName: string;
  /** Where its PostgreSQL keeps its files, e.g. `.data/mail-notice-postgres`. */
  dataDir: string;
  /** Added to the environment (SAMPLAN_DEMO, SMTP_URL …). */
  env?: Record<string, string>;
  /** Removed from the environment (the demo's mail mode removes SMTP_URL, APP_URL …). */
  unset?: readonly string[];
}

export function ownServerAddress(offset: number): { port: number; pgPort: number; origin: string } {
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  const pgPort = Number(process.env.E2E_PG_PORT ?? 54331) + offset;
  return { port, pgPort, origin: `http://localhost:${port}` };
}

export async function startOwnServer(options: OwnServerOptions): Promise<OwnServer> {
  const { port, pgPort, origin } = ownServerAddress(options.offset);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    E2E_PG_PORT: String(pgPort),
    E2E_DATA_DIR: options.dataDir,
    E2E_DB_NAME: options.dbName,
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  for (const name of ['E2E_DATABASE_URL', 'NEXTAUTH_URL', ...(options.unset ?? [])]) delete env[name];
  const busy = await fetch(`${origin}/logga-in`).then(
    () => true,
    () => false,
  );
  expect(busy, `port ${port} is free for ${options.label} (a server left from an earlier run?)`).toBe(false);
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'src/cli/e2e-server.ts'],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const server: OwnServer = {
    origin,
    databaseUrl: `postgresql://samplan:samplan@127.0.0.1:${pgPort}/${options.dbName}`,
    log: () => log,
    stop: () => stopGroup(child),
  };
  try {
    await waitUntilAnswering(child, origin, options.label, Date.now() + 240_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return server;
}

async function waitUntilAnswering(child: ChildProcess, origin: string, label: string, deadline: number) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/logga-in`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${label} on ${origin} did not answer in time`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid) return;
  const group = -child.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(group, 'SIGTERM');
  for (let waited = 0; alive() && waited < 30_000; waited += 250)
    await new Promise((resolve) => setTimeout(resolve, 250));
  if (alive()) process.kill(group, 'SIGKILL');
}

/** A page in a fresh browser context (no cookies) on `origin`. */
export async function freshPage(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  return context.newPage();
}

/** axe (WCAG 2.1 A and AA, as e2e/accessibility.spec.ts): no serious or critical violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  const found = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    page.url(),
  ).toEqual([]);
}
