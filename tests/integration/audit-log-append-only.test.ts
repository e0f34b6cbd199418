import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

it('keeps audit entries: UPDATE, DELETE and TRUNCATE are refused by triggers', async () => {
  const { prisma } = database;
  const entry = await prisma.auditLog.create({ data: { action: 'test.created', entityType: 'Test' } });

  await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: 'changed' } })).rejects.toThrow(
    /append-only/,
  );
  await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
  await expect(prisma.$executeRaw`UPDATE "AuditLog" SET action = 'changed'`).rejects.toThrow(/append-only/);
  await expect(prisma.$executeRaw`TRUNCATE "AuditLog"`).rejects.toThrow(/append-only/);

  expect(await prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
    action: 'test.created',
  });
});
