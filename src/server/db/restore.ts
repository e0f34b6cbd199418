/**
 * Restore of a dump made by backup.ts (the format is described there): into an empty database (or
 * one where only the migrations were applied and every table is empty); applies the dump's
 * migrations, then inserts every row in one transaction. Nullable foreign keys that point forward
 * (self references, Plan ↔ Decision) are inserted as NULL and set afterwards, so no superuser rights
 * are needed. The audit log is only inserted into (its trigger refuses UPDATE and DELETE and stays in
 * force). Sequences are set past the highest id. See docs/decisions/018-audit-trail-and-backup.md.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import {
  connect,
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  ident,
  loadForeignKeys,
  loadTables,
  MIGRATIONS_TABLE,
  type Column,
  type DumpHeader,
  type Raw,
  type TableInfo,
} from './dump-tables';
import { applyMigrations, loadMigrations } from './migrations';

const MAX_PARAMETERS = 30_000;

async function* readDump(file: string): AsyncGenerator<unknown> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line);
}

/** Why the database at `url` cannot take a restore, or null when it can (no tables, or migrated and empty). */
async function refusalOf(client: pg.Client, dumpMigrations: readonly string[]): Promise<string | null> {
  const tables = await loadTables(client);
  for (const table of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${ident(table.name)} LIMIT 1`);
    if (rows.length > 0) return `the database is not empty (table ${table.name} has rows)`;
  }
  const hasMigrations =
    (await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') AS t`)).rows[0].t !== null;
  if (hasMigrations) {
    const applied = (
      await client.query<{ name: string }>(`SELECT migration_name AS name FROM ${MIGRATIONS_TABLE}`)
    ).rows.map((r) => r.name);
    const extra = applied.filter((name) => !dumpMigrations.includes(name));
    if (extra.length > 0) return `the database has migrations the backup does not: ${extra.join(', ')}`;
  }
  return null;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  migrations: string[];
}

/**
 * Restores a dump made by backupDatabase into the (empty) database at `url`. All rows or none:
 * the rows go in in one transaction. Throws without changing anything when the database is not
 * empty, the dump is of another format, or it needs a migration this code base does not have.
 */
export async function restoreDatabase(url: string, file: string): Promise<RestoreResult> {
  const dump = readDump(file);
  const first = await dump.next();
  const header = first.value as DumpHeader | undefined;
  if (first.done || header?.format !== DUMP_FORMAT) throw new Error(`${file} is not a Samplan backup`);
  if (header.formatVersion > DUMP_FORMAT_VERSION)
    throw new Error(
      `${file} has format version ${header.formatVersion}; this version reads up to ${DUMP_FORMAT_VERSION}`,
    );

  const names = header.migrations.map((m) => m.name);
  const known = new Set((await loadMigrations()).migrationDirectories.map((d) => d.path));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new Error(`The backup needs migrations this version does not have: ${unknown.join(', ')}`);

  const check = await connect(url);
  try {
    const refusal = await refusalOf(check, names);
    if (refusal) throw new Error(`Restore refused: ${refusal}. Restore into a new, empty database.`);
  } finally {
    await check.end();
  }
  await applyMigrations(url, { only: names });

  const client = await connect(url);
  let rows = 0;
  let tables = 0;
  try {
    await client.query('BEGIN');
    const info = new Map((await loadTables(client)).map((t) => [t.name, t]));
    const foreignKeys = await loadForeignKeys(client);
    const inserted = new Set<string>();
    const deferred: { table: TableInfo; column: Column; key: Raw[]; value: Raw }[] = [];

    let section: { table: TableInfo; columns: Column[]; remaining: number; deferIndexes: number[] } | null = null;
    let batch: Raw[][] = [];
    const flush = async () => {
      if (!section || batch.length === 0) return;
      await insertRows(client, section.table.name, section.columns, batch);
      rows += batch.length;
      batch = [];
    };

    for await (const item of dump) {
      if (!Array.isArray(item)) {
        await flush();
        if (section) inserted.add(section.table.name);
        const meta = item as { table: string; columns: { name: string; type: string }[]; rows: number };
        const table = info.get(meta.table);
        if (!table) throw new Error(`The backup has a table the migrated database lacks: ${meta.table}`);
        const columns = meta.columns.map((c) => {
          const column = table.columns.find((t) => t.name === c.name);
          if (!column) throw new Error(`The backup has a column the migrated database lacks: ${meta.table}.${c.name}`);
          return column;
        });
        // Nullable foreign keys to a table not yet filled (or to this one) are set after all inserts.
        const deferIndexes = columns.flatMap((column, index) => {
          const pointsForward = foreignKeys.some(
            (fk) =>
              fk.table === table.name &&
              fk.columns.includes(column.name) &&
              (fk.references === table.name || !inserted.has(fk.references)),
          );
          return pointsForward && !column.notNull ? [index] : [];
        });
        section = { table, columns, remaining: meta.rows, deferIndexes };
        tables += 1;
        continue;
      }
      if (!section) throw new Error('Row before any table in the backup');
      const row = [...(item as Raw[])];
      for (const index of section.deferIndexes) {
        if (row[index] === null) continue;
        const key = section.table.primaryKey.map((k) => row[section!.columns.findIndex((c) => c.name === k)]!);
        deferred.push({ table: section.table, column: section.columns[index]!, key, value: row[index]! });
        row[index] = null;
      }
      batch.push(row);
      section.remaining -= 1;
      if (batch.length * section.columns.length >= MAX_PARAMETERS || batch.length >= 1000) await flush();
    }
    await flush();

    for (const { table, column, key, value } of deferred) {
      const where = table.primaryKey
        .map((k, i) => `${ident(k)} = $${i + 2}::${table.columns.find((c) => c.name === k)!.type}`)
        .join(' AND ');
      await client.query(`UPDATE ${ident(table.name)} SET ${ident(column.name)} = $1::${column.type} WHERE ${where}`, [
        value,
        ...key,
      ]);
    }
    await resetSequences(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { tables, rows, migrations: names };
}

async function insertRows(client: pg.Client, table: string, columns: Column[], rows: Raw[][]): Promise<void> {
  const values: Raw[] = [];
  const tuples = rows.map(
    (row) =>
      `(${row
        .map((value, i) => {
          values.push(value);
          return `$${values.length}::${columns[i]!.type}`;
        })
        .join(', ')})`,
  );
  await client.query(
    `INSERT INTO ${ident(table)} (${columns.map((c) => ident(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`,
    values,
  );
}

/** Sets every serial column's sequence past the highest value restored (AuditLog.id, SignInAttempt.id). */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(`
    SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind = 'r' AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`);
  for (const { table, column, sequence } of rows) {
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${ident(column)}) FROM ${ident(table)}), 0) + 1, false)`,
      [sequence],
    );
  }
}
