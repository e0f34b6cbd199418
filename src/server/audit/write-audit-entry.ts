import 'server-only';
import type { AuditAction } from '@/domain/audit/audit-actions';
import type { Prisma } from '@/generated/prisma/client';

export interface AuditEntry {
  /** Null for events outside any association (signing in and out). */
  associationId: string | null;
  /** Null when nobody known did it (a sign-in attempt for an unknown address). */
  personId: string | null;
  /** What happened, as `area.verb`, e.g. `invoice.attested`: one of the list in src/domain/audit/audit-actions.ts. */
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Appends to the audit log; call it with the use case's transaction so the entry commits with the change. */
export async function writeAuditEntry(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      associationId: entry.associationId,
      personId: entry.personId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      data: entry.data,
    },
  });
}
