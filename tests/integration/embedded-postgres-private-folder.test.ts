import { chmodSync, existsSync, lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/server/db/embedded-postgres';
import { isRoot, othersCanTraverse, relocatedDataDir, removeDataDir } from '@/server/db/postgres-runtime';

// A clone in a private folder, as root: `mktemp -d` gives mode 0700, like root's home.
const project = mkdtempSync(path.join(tmpdir(), 'samplan-private-'));
const runtime = mkdtempSync(path.join(tmpdir(), 'samplan-runtime-'));
chmodSync(runtime, 0o755);
const dataDir = path.join(project, '.data', 'postgres');
const port = Number(process.env.TEST_PG_PORT ?? 54330) + 7;
const previousRuntime = process.env.SAMPLAN_PG_RUNTIME;
process.env.SAMPLAN_PG_RUNTIME = runtime;

afterAll(async () => {
  await removeDataDir(dataDir);
  rmSync(project, { recursive: true, force: true });
  rmSync(runtime, { recursive: true, force: true });
  if (previousRuntime === undefined) delete process.env.SAMPLAN_PG_RUNTIME;
  else process.env.SAMPLAN_PG_RUNTIME = previousRuntime;
});

async function serverUser(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0]!.u;
  } finally {
    await client.end();
  }
}

describe.runIf(isRoot())('the embedded PostgreSQL, run as root from a clone in a 0700 folder', () => {
  it('starts from the runtime folder, keeps its data across restarts, and links the project path to it', async () => {
    expect(othersCanTraverse(project)).toBe(false);
    const first = await startEmbeddedPostgres({ dataDir, port, fast: true });
    try {
      expect(await serverUser(first.url())).toBe('samplan');
      const client = new pg.Client({ connectionString: first.url() });
      await client.connect();
      await client.query('CREATE TABLE kept (note text)');
      await client.query("INSERT INTO kept VALUES ('kvar')");
      await client.end();
    } finally {
      await first.stop();
    }
    const relocated = relocatedDataDir(dataDir);
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(readlinkSync(dataDir)).toBe(relocated);
    expect(existsSync(path.join(relocated, 'PG_VERSION'))).toBe(true);
    expect(othersCanTraverse(path.dirname(relocated))).toBe(true);

    const second = await startEmbeddedPostgres({ dataDir, port, fast: true });
    try {
      const client = new pg.Client({ connectionString: second.url() });
      await client.connect();
      expect((await client.query<{ note: string }>('SELECT note FROM kept')).rows).toEqual([{ note: 'kvar' }]);
      await client.end();
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('wiping the project data path wipes the relocated cluster too', async () => {
    const relocated = relocatedDataDir(dataDir);
    await removeDataDir(dataDir);
    expect(existsSync(relocated)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });
});
