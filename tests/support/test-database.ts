/** A fresh database per test file, cloned from the migrated template made in global-setup.ts. */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { databaseUrl, dropDatabase, withAdminClient } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Disconnects `prisma` and drops the database (call in afterAll). */
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('testAdminUrl');
  const name = `samplan_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  // samplan_template: made and migrated once per run by global-setup.ts.
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE samplan_template`));
  const url = databaseUrl(adminUrl, name);
  const prisma = createPrismaClient(url);
  return {
    url,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await dropDatabase(adminUrl, name);
    },
  };
}
