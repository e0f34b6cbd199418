/**
 * Logical backup without pg_dump (the embedded server is PostgreSQL 18; a matching pg_dump is not
 * at hand); restore.ts reads it back. See docs/decisions/018-audit-trail-and-backup.md.
 *
 * The dump is gzip'd JSON lines:
 *   1. a header: `{ format, formatVersion, createdAt, migrations: [{ name, checksum }], tables: [name…] }`
 *   2. per table, in foreign-key order: `{ table, columns: [{ name, type }], rows }`, then `rows`
 *      lines, each an array of the column values as PostgreSQL's own text (null for NULL).
 * Values are never parsed in JavaScript (numeric, bytea, arrays, json and timestamps keep
 * PostgreSQL's text form), so a restore gives back exactly the same values.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import {
  connect,
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  ident,
  insertOrder,
  loadForeignKeys,
  loadTables,
  MIGRATIONS_TABLE,
  readRows,
  type DumpHeader,
} from './dump-tables';

async function* dumpLines(client: pg.Client, now: Date): AsyncGenerator<string> {
  // One snapshot for the whole dump, so rows written meanwhile cannot make it inconsistent.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const tables = await loadTables(client);
    const order = insertOrder(tables, await loadForeignKeys(client));
    const migrated = (await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') AS t`)).rows[0].t !== null;
    const migrations = migrated
      ? (
          await client.query<{ name: string; checksum: string }>(
            `SELECT migration_name AS name, checksum FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
          )
        ).rows
      : [];
    const header: DumpHeader = {
      format: DUMP_FORMAT,
      formatVersion: DUMP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      migrations,
      tables: order,
    };
    yield `${JSON.stringify(header)}\n`;

    for (const name of order) {
      const table = tables.find((t) => t.name === name)!;
      const count = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(name)}`)).rows[0]!.n);
      yield `${JSON.stringify({ table: name, columns: table.columns.map(({ name: n, type }) => ({ name: n, type })), rows: count })}\n`;
      for await (const row of readRows(client, table)) yield `${JSON.stringify(row)}\n`;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** Writes a gzip'd dump of the database at `url` to `file`; returns the header. */
export async function backupDatabase(
  url: string,
  file: string,
  options: { now?: Date } = {},
): Promise<DumpHeader & { rowCount: number }> {
  const client = await connect(url);
  const seen: { header?: DumpHeader; rowCount: number } = { rowCount: 0 };
  try {
    const lines = dumpLines(client, options.now ?? new Date());
    const counted = async function* () {
      for await (const line of lines) {
        if (!seen.header) seen.header = JSON.parse(line) as DumpHeader;
        else if (line.startsWith('[')) seen.rowCount += 1;
        yield line;
      }
    };
    await pipeline(Readable.from(counted()), createGzip(), createWriteStream(file));
  } finally {
    await client.end();
  }
  return { ...seen.header!, rowCount: seen.rowCount };
}
