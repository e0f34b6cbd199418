import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/generated/prisma/client';

/**
 * The connection pool, made here rather than inside PrismaPg so that its failures are ours to
 * handle: when PostgreSQL restarts, every idle connection emits 'error', and an 'error' event
 * without a listener would end the process. With the listener the pool drops the dead
 * connection and opens a new one for the next query (docs/decisions/022-…).
 */
export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    // Fail a request that waits for a connection rather than hang while the database is away.
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', (error) =>
    console.warn(`PostgreSQL closed an idle connection (${error.message}); the pool opens a new one when needed.`),
  );
  return pool;
}

/**
 * A read with nested relations runs as a short transaction, which waits for a free pooled connection
 * at most `maxWait` (Prisma's default 2 s). Under load (100 concurrent requests on 2 cores, ADR 024)
 * the wait passed 2 s and pages failed; a longer wait makes them slower instead of failing.
 */
const TRANSACTION_MAX_WAIT_MS = 10_000;

/** A new client with its own connection pool; the caller disconnects it (tests, CLI scripts), which ends the pool. */
export function createPrismaClient(url: string): PrismaClient {
  const adapter = new PrismaPg(createPool(url), {
    disposeExternalPool: true,
    // A connection checked out for a transaction that dies: the transaction's query fails and the action answers RETRY.
    onConnectionError: (error) => console.warn(`PostgreSQL connection lost during a transaction: ${error.message}`),
  });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
}

// On globalThis so that Next's hot reload in development does not open a new pool on every edit.
const cache = globalThis as typeof globalThis & { samplanPrisma?: PrismaClient };

function sharedClient(): PrismaClient {
  if (!cache.samplanPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set (npm run dev and npm start set it).');
    cache.samplanPrisma = createPrismaClient(url);
  }
  return cache.samplanPrisma;
}

/**
 * The app's client for DATABASE_URL. Created on first use rather than at import, so that importing
 * a module (during `next build`, or in a test that passes its own client) needs no database.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, key) {
    const client = sharedClient();
    const value: unknown = Reflect.get(client, key, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
