import { expect, inject, it } from 'vitest';
import { diffMigrationsAgainstSchema } from '@/server/db/migrations';

// If this fails, schema.prisma changed without a migration: run `npm run db:migrate:create -- NAME`.
it('the committed migrations produce exactly the schema in prisma/schema.prisma', async () => {
  expect(await diffMigrationsAgainstSchema(inject('testAdminUrl'))).toBe('');
});
