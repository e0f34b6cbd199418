import { Prisma } from '@/generated/prisma/client';

/**
 * Whether an error means "the database was not there for a moment" (restart, failover, lost
 * connection, pool exhausted, serialisation conflict): the same request may succeed when tried
 * again, and nothing of it was committed. See docs/decisions/022-two-instances-and-database-faults.md.
 *
 * The shapes were found by stopping PostgreSQL under a running app (e2e/database-restart.spec.ts):
 * - P1001 `DatabaseNotReachable` (ECONNREFUSED) while it is down;
 * - P2039 with the driver adapter's PostgreSQL code 57P01 "terminating connection due to
 *   administrator command" for connections it closes, 57P03 "the database system is shutting
 *   down / starting up" around the restart;
 * - P1017 `ConnectionClosed` (ECONNRESET), and node-postgres' own "Connection terminated
 *   unexpectedly" (no code, passed through as it is) for a socket that dies mid-query.
 */

// Connection lost, pool timeout, transaction API error, serialisation conflict.
const TRANSIENT_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);

// Socket errors and PostgreSQL SQLSTATEs: 08 connection exception, 57P01–57P03 shutdown and
// start-up, 53300 too many connections, 40001/40P01 serialisation failure and deadlock.
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '40001',
  '40P01',
]);
const TRANSIENT_SQLSTATE_CLASSES = ['08'];
const TRANSIENT_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionWriteConflict',
]);
const TRANSIENT_MESSAGES = [
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Client was closed and is not queryable/i,
  /Can't reach database server/i,
];

function isTransientCode(code: unknown): boolean {
  return (
    typeof code === 'string' &&
    (TRANSIENT_CODES.has(code) ||
      TRANSIENT_SQLSTATE_CLASSES.some((prefix) => code.length === 5 && code.startsWith(prefix)))
  );
}

/** The driver adapter's error as Prisma attaches it: `meta.driverAdapterError.cause` ({ kind, code, originalCode }). */
function driverCause(
  error: Prisma.PrismaClientKnownRequestError,
): { kind?: unknown; code?: unknown; originalCode?: unknown } | undefined {
  const adapterError = (error.meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError;
  const cause = adapterError?.cause;
  return cause && typeof cause === 'object'
    ? (cause as { kind?: unknown; code?: unknown; originalCode?: unknown })
    : undefined;
}

export function isTransientDatabaseError(error: unknown, depth = 0): boolean {
  if (depth > 3 || error === null || typeof error !== 'object') return false;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientRustPanicError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (TRANSIENT_PRISMA_CODES.has(error.code)) return true;
    const cause = driverCause(error);
    if (
      cause &&
      (TRANSIENT_KINDS.has(String(cause.kind)) || isTransientCode(cause.originalCode) || isTransientCode(cause.code))
    )
      return true;
  }
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (isTransientCode(code)) return true;
  if (typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
  return cause !== undefined && isTransientDatabaseError(cause, depth + 1);
}
