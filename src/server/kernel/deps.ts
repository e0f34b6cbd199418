import type { Prisma, PrismaClient } from '@/generated/prisma/client';

/** A database handle: the client, or the transaction a use case runs in. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** What every use case accepts from tests: another database, another clock. */
export interface UseCaseDeps {
  db?: PrismaClient;
  now?: Date;
}
