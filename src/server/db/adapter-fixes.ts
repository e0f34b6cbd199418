/**
 * Two gaps of @prisma/adapter-pg 7.10.0 that the schema engine runs into; remove each once the
 * adapter fixes it.
 *
 * 1. executeScript() splits the script on every ";" and sends the pieces one by one, which breaks
 *    dollar-quoted function bodies (our AuditLog trigger) and any ";" in a string literal, and leaves
 *    a half-applied migration when a later piece fails. Send the script as one simple query instead,
 *    as the native engine does: PostgreSQL then runs it in one implicit transaction.
 * 2. Result columns of PostgreSQL's internal type "char" (oid 18) are refused ("Column type 'char'
 *    could not be deserialized from the database"); the engine's catalog queries return such columns
 *    (pg_constraint.contype, …) and expect them as Character.
 */
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils';

const PG_CHAR = 18;
const PG_TEXT = 25;

/** The parts of adapter-pg's (unexported) PgQueryable used here. */
interface PgQueryable {
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
  performIO(query: SqlQuery): Promise<{ fields: { dataTypeID: number }[] }>;
}

export function fixAdapter<T extends SqlDriverAdapter>(adapter: T): T {
  const pg = adapter as unknown as PgQueryable;
  adapter.executeScript = async (script) => {
    try {
      await pg.client.query(script);
    } catch (error) {
      pg.onError(error);
    }
  };
  acceptCharColumns(pg);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const transaction = await startTransaction(...args);
    acceptCharColumns(transaction as unknown as PgQueryable);
    return transaction;
  };
  return adapter;
}

function acceptCharColumns(queryable: PgQueryable): void {
  const charColumns = new WeakMap<SqlQuery, number[]>();
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  // queryRaw passes its query object to this.performIO, then maps each field's oid to a column type.
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const columns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = PG_TEXT;
        columns.push(index);
      }
    });
    if (columns.length) charColumns.set(query, columns);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
}
