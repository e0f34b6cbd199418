/**
 * Issue 8 part 4: back up the seeded database, restore it into a new empty database, and every
 * table has the same rows (all columns, as PostgreSQL's text, in primary-key order).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { backupDatabase } from '@/server/db/backup';
import { tableContents } from '@/server/db/dump-tables';
import { restoreDatabase } from '@/server/db/restore';
import { databaseUrl, dropDatabase, withAdminClient } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { seedDemoData } from '@/server/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let source: TestDatabase;
let dir: string;
const created: string[] = [];

async function emptyDatabase(name: string): Promise<string> {
  const adminUrl = inject('testAdminUrl');
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  created.push(name);
  return databaseUrl(adminUrl, name);
}

// A one-pixel PNG: bytea must come back byte for byte.
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

beforeAll(async () => {
  source = await createTestDatabase();
  await seedDemoData(source.prisma);
  // Values that are easy to get wrong: bytea, öre, JSON with before/after, an int array, sign-ins.
  const gotland = await source.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } });
  const director = await source.prisma.person.findUniqueOrThrow({ where: { email: 'chef@samplan.se' } });
  await recordInvoice(
    {
      associationId: gotland.id,
      supplier: 'Öresund & Co AB',
      invoiceNumber: 'Ö-1',
      invoiceDate: '2026-11-20',
      amountExclVat: '0,80',
      amountInclVat: '1,01',
      payeeKind: 'SUPPLIER',
      attachment: { fileName: 'kvitto.png', bytes: PNG },
    },
    { personId: director.id },
    { db: source.prisma },
  );
  await source.prisma.associationSettings.update({
    where: { associationId: gotland.id },
    data: { ageBandLimits: [18, 25, 65] },
  });
  await source.prisma.signInAttempt.create({ data: { email: 'chef@samplan.se', succeeded: true, ip: '127.0.0.1' } });
  dir = await mkdtemp(path.join(tmpdir(), 'samplan-backup-'));
});

afterAll(async () => {
  await source?.drop();
  for (const name of created) await dropDatabase(inject('testAdminUrl'), name);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  let file: string;

  it('backs up the seeded database and restores it into a new database with every row the same', async () => {
    file = path.join(dir, 'samplan.jsonl.gz');
    const header = await backupDatabase(source.url, file, { now: new Date('2026-11-25T12:00:00Z') });
    expect(header.migrations.map((m) => m.name)).toContain('20261125120032_init');
    expect(header.tables).toContain('AuditLog');
    expect(header.tables).not.toContain('_prisma_migrations');
    expect(header.rowCount).toBeGreaterThan(100);

    const target = await emptyDatabase(`samplan_restore_${process.pid}`);
    const restored = await restoreDatabase(target, file);
    expect(restored.rows).toBe(header.rowCount);

    const [before, after] = await Promise.all([tableContents(source.url), tableContents(target)]);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    // Non-trivial content made it: the attachment's bytes, the audit log, the seeded plan.
    expect(before.Attachment!.length).toBeGreaterThan(0);
    expect(before.AuditLog!.length).toBeGreaterThan(0);

    const prisma = createPrismaClient(target);
    try {
      const attachment = await prisma.attachment.findFirstOrThrow({ where: { fileName: 'kvitto.png' } });
      expect(Buffer.from(attachment.data).equals(Buffer.from(PNG))).toBe(true);
      const invoice = await prisma.invoice.findFirstOrThrow({ where: { invoiceNumber: 'Ö-1' } });
      expect(invoice.amountInclVat.toFixed(2)).toBe('1.01');
      // The sequences go on after the restored ids, and the audit log is still append-only.
      const maxId = (await prisma.auditLog.aggregate({ _max: { id: true } }))._max.id!;
      const entry = await prisma.auditLog.create({ data: { action: 'test.afterRestore', entityType: 'Test' } });
      expect(entry.id).toBeGreaterThan(maxId);
      await expect(prisma.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
      await prisma.signInAttempt.create({ data: { email: 'x@example.se', succeeded: false } });
    } finally {
      await prisma.$disconnect();
    }
  });

  it('refuses a database that is not empty, and changes nothing there', async () => {
    const auditBefore = await source.prisma.auditLog.count();
    await expect(restoreDatabase(source.url, file)).rejects.toThrow(/not empty/);
    expect(await source.prisma.auditLog.count()).toBe(auditBefore);
  });

  it('refuses a file that is not a backup', async () => {
    const target = await emptyDatabase(`samplan_restore_bad_${process.pid}`);
    const { writeFile } = await import('node:fs/promises');
    const { gzipSync } = await import('node:zlib');
    const bad = path.join(dir, 'bad.gz');
    await writeFile(bad, gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(target, bad)).rejects.toThrow(/not a Samplan backup/);
  });
});
