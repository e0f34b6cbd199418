/**
 * Shared by tests/integration/audit-trail*.test.ts: each file holds one area's table of
 * mutating use cases (a row calls one as a permitted user and says which audit entry it expects);
 * `runAuditRows` checks the entries; the guard in audit-trail.test.ts reads every such file's row
 * keys and fails for a mutating use case under src/server that has no row anywhere.
 */
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';

export interface ExpectedAuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  personId: string;
  /** Fields `data.before` must contain; 'absent' for a creation. */
  before: Record<string, unknown> | 'absent';
  /** Fields `data.after` must contain; 'absent' for a deletion. */
  after: Record<string, unknown> | 'absent';
  /** The association the entry belongs to, when not the file's default; null for a person's own settings. */
  associationId?: string | null;
}

export type AuditRows = Record<string, () => Promise<ExpectedAuditEntry | ExpectedAuditEntry[]>>;

/** One test per row, in the order written; rows share the database. */
export function runAuditRows(
  title: string,
  rows: AuditRows,
  context: { db: () => PrismaClient; associationId: () => string },
) {
  describe(title, () => {
    for (const [useCase, run] of Object.entries(rows)) {
      it(useCase, async () => {
        const db = context.db();
        const since = (await db.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0n;
        const expectations = [await run()].flat();
        for (const expected of expectations) {
          const entry = await db.auditLog.findFirst({
            where: {
              id: { gt: since },
              action: expected.action,
              entityType: expected.entityType,
              entityId: expected.entityId,
            },
            orderBy: { id: 'desc' },
          });
          expect(entry, `${expected.action} on ${expected.entityType} ${expected.entityId}`).not.toBeNull();
          expect(entry!.personId).toBe(expected.personId);
          expect(entry!.associationId).toBe(
            expected.associationId === undefined ? context.associationId() : expected.associationId,
          );
          const data = (entry!.data ?? {}) as { before?: unknown; after?: unknown };
          for (const side of ['before', 'after'] as const) {
            if (expected[side] === 'absent') expect(data[side], side).toBeUndefined();
            else expect(data[side], side).toMatchObject(expected[side]);
          }
          // An update lists only changed fields, each on both sides.
          if (expected.before !== 'absent' && expected.after !== 'absent') {
            expect(Object.keys(data.before as object).sort()).toEqual(Object.keys(data.after as object).sort());
          }
        }
      });
    }
  });
}
