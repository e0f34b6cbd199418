import type { Prisma, PrismaClient } from '@/generated/prisma/client';

/** A database handle: the client, or the transaction a use case runs in. */
export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * What every use case accepts from tests: another database, another clock. The two optional
 * knobs below exist for the file producers only (PDFs and the public-records archive), so their
 * tests can read the output; the pages never pass them.
 */
export interface UseCaseDeps {
  db?: PrismaClient;
  now?: Date;
  /** PDF producers: false writes uncompressed content streams, so tests can read the text operators. */
  compress?: boolean;
  /** Public-records archive: tests lower the document and byte limits. */
  limits?: { documents?: number; bytes?: number };
}
