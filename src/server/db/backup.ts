/**
 * Logical backup and restore without pg_dump (the embedded server is PostgreSQL 18; a matching
 * pg_dump is not at hand). See docs/decisions/018-audit-trail-and-backup.md.
 *
 * The dump is gzip'd JSON lines:
 *   1. a header: `{ format, formatVersion, createdAt, migrations: [{ name, checksum }], tables: [name…] }`
 *   2. per table, in foreign-key order: `{ table, columns: [{ name, type }], rows }`, then `rows`
 *      lines, each an array of the column values as PostgreSQL's own text (null for NULL).
 * Values are never parsed in JavaScript (numeric, bytea, arrays, json and timestamps keep
 * PostgreSQL's text form), so a restore gives back exactly the same values.
 *
 * Restore: into an empty database (or one where only the migrations were applied and every table
 * is empty); applies the dump's migrations, then inserts every row in one transaction. Nullable
 * foreign keys that point forward (self references, Plan ↔ Decision) are inserted as NULL and set
 * afterwards, so no superuser rights are needed. The audit log is only inserted into (its trigger
 * refuses UPDATE and DELETE and stays in force). Sequences are set past the highest id.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { applyMigrations, loadMigrations } from './migrations';

export const DUMP_FORMAT = 'samplan-dump';
export const DUMP_FORMAT_VERSION = 1;
const MIGRATIONS_TABLE = '_prisma_migrations';
const READ_BATCH = 500;
const MAX_PARAMETERS = 30_000;

export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  formatVersion: number;
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: string[];
}

interface Column {
  name: string;
  /** As format_type() gives it, e.g. `text`, `numeric(14,2)`, `"Role"`, `integer[]`. */
  type: string;
  notNull: boolean;
}

interface ForeignKey {
  table: string;
  columns: string[];
  references: string;
}

interface TableInfo {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

type Raw = string | null;

/** Every value as PostgreSQL's text: nothing is converted to a JavaScript number, date or buffer. */
const RAW_TYPES = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, types: RAW_TYPES });
  await client.connect();
  // Fixed text forms for dates and binary data, whatever the server's defaults.
  await client.query("SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'; SET bytea_output = 'hex'; SET extra_float_digits = 3; SET TimeZone = 'UTC'");
  return client;
}

async function loadTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ table: string; column: string; type: string; notnull: boolean; pk: number | null }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
           array_position(pk.conkey, a.attnum) AS pk
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
    WHERE c.relkind IN ('r', 'p') AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, TableInfo>();
  const pkOrder = new Map<string, { name: string; at: number }[]>();
  for (const row of rows) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], primaryKey: [] };
    tables.set(row.table, table);
    table.columns.push({ name: row.column, type: row.type, notNull: String(row.notnull) === 't' || row.notnull === true });
    if (row.pk !== null) pkOrder.set(row.table, [...(pkOrder.get(row.table) ?? []), { name: row.column, at: Number(row.pk) }]);
  }
  for (const [name, keys] of pkOrder) tables.get(name)!.primaryKey = keys.sort((a, b) => a.at - b.at).map((k) => k.name);
  return [...tables.values()].filter((t) => t.name !== MIGRATIONS_TABLE);
}

async function loadForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<{ table: string; references: string; columns: string }>(`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS references,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public'
    WHERE c.contype = 'f'`);
  const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name);
  return rows.map((r) => ({ table: unquote(r.table), references: unquote(r.references), columns: r.columns.split(',') }));
}

/**
 * Tables in an order where every foreign key points to an earlier table (ties by name). Where
 * foreign keys form a cycle (Plan → Decision → MinutesParagraph → Plan), a table whose remaining
 * references are all nullable goes first; restore inserts those columns as NULL and sets them after.
 */
export function insertOrder(tables: readonly TableInfo[], foreignKeys: readonly ForeignKey[]): string[] {
  const notNull = (table: string, column: string) => tables.find((t) => t.name === table)?.columns.find((c) => c.name === column)?.notNull ?? false;
  const needs = new Map(tables.map((t) => [t.name, [] as { table: string; required: boolean }[]]));
  for (const fk of foreignKeys) {
    if (fk.table === fk.references || !needs.has(fk.table) || !needs.has(fk.references)) continue;
    needs.get(fk.table)!.push({ table: fk.references, required: fk.columns.every((column) => notNull(fk.table, column)) });
  }
  const order: string[] = [];
  const placed = new Set<string>();
  const remaining = () => [...needs.keys()].filter((t) => !placed.has(t)).sort();
  while (order.length < needs.size) {
    const ready = remaining().filter((t) => needs.get(t)!.every((d) => placed.has(d.table)));
    const next = ready.length > 0 ? ready : remaining().filter((t) => needs.get(t)!.every((d) => !d.required || placed.has(d.table))).slice(0, 1);
    if (next.length === 0) throw new Error(`Foreign keys that may not be null form a cycle among: ${remaining().join(', ')}`);
    for (const t of next) {
      order.push(t);
      placed.add(t);
    }
  }
  return order;
}

// ───────────────────────────── Backup ─────────────────────────────

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
    const header: DumpHeader = { format: DUMP_FORMAT, formatVersion: DUMP_FORMAT_VERSION, createdAt: now.toISOString(), migrations, tables: order };
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

/** The table's rows in primary-key order, a batch at a time (keyset paging, so big tables are never held whole). */
async function* readRows(client: pg.Client, table: TableInfo): AsyncGenerator<Raw[]> {
  const columns = table.columns.map((c) => `${ident(c.name)}::text`).join(', ');
  const key = table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name);
  const keyIndexes = key.map((k) => table.columns.findIndex((c) => c.name === k));
  const keyList = key.map(ident).join(', ');
  const keyCasts = key.map((k, i) => `$${i + 1}::${table.columns.find((c) => c.name === k)!.type}`).join(', ');
  let last: Raw[] | null = null;
  for (;;) {
    const where: string = last ? `WHERE (${keyList}) > (${keyCasts})` : '';
    const result: pg.QueryResult = await client.query({
      text: `SELECT ${columns} FROM ${ident(table.name)} ${where} ORDER BY ${keyList} LIMIT ${READ_BATCH}`,
      values: last ?? [],
      rowMode: 'array',
    });
    for (const row of result.rows as Raw[][]) yield row;
    if (result.rows.length < READ_BATCH) return;
    const lastRow: Raw[] = result.rows[result.rows.length - 1] as Raw[];
    last = keyIndexes.map((i) => lastRow[i]!);
  }
}

/** Writes a gzip'd dump of the database at `url` to `file`; returns the header. */
export async function backupDatabase(url: string, file: string, options: { now?: Date } = {}): Promise<DumpHeader & { rowCount: number }> {
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

// ───────────────────────────── Restore ─────────────────────────────

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
  const hasMigrations = (await client.query(`SELECT to_regclass('public.${MIGRATIONS_TABLE}') AS t`)).rows[0].t !== null;
  if (hasMigrations) {
    const applied = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM ${MIGRATIONS_TABLE}`)).rows.map((r) => r.name);
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
  if (header.formatVersion > DUMP_FORMAT_VERSION) throw new Error(`${file} has format version ${header.formatVersion}; this version reads up to ${DUMP_FORMAT_VERSION}`);

  const names = header.migrations.map((m) => m.name);
  const known = new Set((await loadMigrations()).migrationDirectories.map((d) => d.path));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`The backup needs migrations this version does not have: ${unknown.join(', ')}`);

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
            (fk) => fk.table === table.name && fk.columns.includes(column.name) && (fk.references === table.name || !inserted.has(fk.references)),
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
      const where = table.primaryKey.map((k, i) => `${ident(k)} = $${i + 2}::${table.columns.find((c) => c.name === k)!.type}`).join(' AND ');
      await client.query(`UPDATE ${ident(table.name)} SET ${ident(column.name)} = $1::${column.type} WHERE ${where}`, [value, ...key]);
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
  const tuples = rows.map((row) => `(${row.map((value, i) => {
    values.push(value);
    return `$${values.length}::${columns[i]!.type}`;
  }).join(', ')})`);
  await client.query(`INSERT INTO ${ident(table)} (${columns.map((c) => ident(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`, values);
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
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${ident(column)}) FROM ${ident(table)}), 0) + 1, false)`, [sequence]);
  }
}

/** Every table's rows as text, in primary-key order: for comparing two databases (tests, checks). */
export async function tableContents(url: string): Promise<Record<string, Raw[][]>> {
  const client = await connect(url);
  try {
    const contents: Record<string, Raw[][]> = {};
    for (const table of (await loadTables(client)).sort((a, b) => a.name.localeCompare(b.name))) {
      contents[table.name] = [];
      for await (const row of readRows(client, table)) contents[table.name]!.push(row);
    }
    return contents;
  } finally {
    await client.end();
  }
}
