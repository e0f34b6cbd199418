/**
 * What backup.ts and restore.ts share: the dump's format (see backup.ts for the layout), a
 * connection that reads every value as PostgreSQL's text, the catalog queries (tables, columns,
 * primary and foreign keys), the insert order, and reading a table's rows in key order.
 */
import pg from 'pg';

export const DUMP_FORMAT = 'samplan-dump';
export const DUMP_FORMAT_VERSION = 1;
export const MIGRATIONS_TABLE = '_prisma_migrations';
const READ_BATCH = 500;

export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  formatVersion: number;
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: string[];
}

export interface Column {
  name: string;
  /** As format_type() gives it, e.g. `text`, `numeric(14,2)`, `"Role"`, `integer[]`. */
  type: string;
  notNull: boolean;
}

export interface ForeignKey {
  table: string;
  columns: string[];
  references: string;
}

export interface TableInfo {
  name: string;
  columns: Column[];
  primaryKey: string[];
}

export type Raw = string | null;

/** Every value as PostgreSQL's text: nothing is converted to a JavaScript number, date or buffer. */
const RAW_TYPES = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, types: RAW_TYPES });
  await client.connect();
  // Fixed text forms for dates and binary data, whatever the server's defaults.
  await client.query(
    "SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'iso_8601'; SET bytea_output = 'hex'; SET extra_float_digits = 3; SET TimeZone = 'UTC'",
  );
  return client;
}

export async function loadTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{
    table: string;
    column: string;
    type: string;
    notnull: boolean;
    pk: number | null;
  }>(`
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
    table.columns.push({
      name: row.column,
      type: row.type,
      notNull: String(row.notnull) === 't' || row.notnull === true,
    });
    if (row.pk !== null)
      pkOrder.set(row.table, [...(pkOrder.get(row.table) ?? []), { name: row.column, at: Number(row.pk) }]);
  }
  for (const [name, keys] of pkOrder)
    tables.get(name)!.primaryKey = keys.sort((a, b) => a.at - b.at).map((k) => k.name);
  return [...tables.values()].filter((t) => t.name !== MIGRATIONS_TABLE);
}

export async function loadForeignKeys(client: pg.Client): Promise<ForeignKey[]> {
  const { rows } = await client.query<{ table: string; references: string; columns: string }>(`
    SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS references,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public'
    WHERE c.contype = 'f'`);
  const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name);
  return rows.map((r) => ({
    table: unquote(r.table),
    references: unquote(r.references),
    columns: r.columns.split(','),
  }));
}

/**
 * Tables in an order where every foreign key points to an earlier table (ties by name). Where
 * foreign keys form a cycle (Plan → Decision → MinutesParagraph → Plan), a table whose remaining
 * references are all nullable goes first; restore inserts those columns as NULL and sets them after.
 */
export function insertOrder(tables: readonly TableInfo[], foreignKeys: readonly ForeignKey[]): string[] {
  const notNull = (table: string, column: string) =>
    tables.find((t) => t.name === table)?.columns.find((c) => c.name === column)?.notNull ?? false;
  const needs = new Map(tables.map((t) => [t.name, [] as { table: string; required: boolean }[]]));
  for (const fk of foreignKeys) {
    if (fk.table === fk.references || !needs.has(fk.table) || !needs.has(fk.references)) continue;
    needs
      .get(fk.table)!
      .push({ table: fk.references, required: fk.columns.every((column) => notNull(fk.table, column)) });
  }
  const order: string[] = [];
  const placed = new Set<string>();
  const remaining = () => [...needs.keys()].filter((t) => !placed.has(t)).sort();
  while (order.length < needs.size) {
    const ready = remaining().filter((t) => needs.get(t)!.every((d) => placed.has(d.table)));
    const next =
      ready.length > 0
        ? ready
        : remaining()
            .filter((t) => needs.get(t)!.every((d) => !d.required || placed.has(d.table)))
            .slice(0, 1);
    if (next.length === 0)
      throw new Error(`Foreign keys that may not be null form a cycle among: ${remaining().join(', ')}`);
    for (const t of next) {
      order.push(t);
      placed.add(t);
    }
  }
  return order;
}

/** The table's rows in primary-key order, a batch at a time (keyset paging, so big tables are never held whole). */
export async function* readRows(client: pg.Client, table: TableInfo): AsyncGenerator<Raw[]> {
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
