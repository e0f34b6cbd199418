import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

/** A new client with its own connection pool; the caller disconnects it (tests, CLI scripts). */
export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
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
