import type { PrismaClient } from '@/generated/prisma/client';

/** What budget use cases accept from tests: another database, another clock. */
export interface BudgetDeps {
  db?: PrismaClient;
  now?: Date;
}
