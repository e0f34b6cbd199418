import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

/**
 * A read with nested relations runs as a short transaction, which waits for a free pooled connection
 * at most `maxWait` (Prisma's default 2 s). Under load (100 concurrent requests on 2 cores, ADR 024)
 * the wait passed 2 s and pages failed; a longer wait makes them slower instead of failing.
 */
const TRANSACTION_MAX_WAIT_MS = 10_000;

/** A new client with its own connection pool; the caller disconnects it (tests, CLI scripts). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
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
