import 'server-only';
import { z } from 'zod';
import type { Kronor } from '@/domain/money/kronor';
import type { AttestationOutcome } from '@/generated/prisma/client';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { dayRangeIn } from '@/domain/calendar/day-range';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId } from '@/server/kernel/input';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const attestLogFilter = z.object({
  associationId,
  /** Calendar dates in Swedish time, both inclusive. */
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  personId: z.string().min(1).nullish(),
  budgetLineId: z.string().min(1).nullish(),
});
export type AttestLogFilter = z.input<typeof attestLogFilter>;

export interface AttestLogEntry {
  id: string;
  at: Date;
  person: { id: string; name: string };
  invoice: { id: string; supplier: string; invoiceNumber: string; amountExclVat: Kronor; amountInclVat: Kronor };
  budgetLine: { id: string; name: string } | null;
  rule: string;
  outcome: AttestationOutcome;
  note: string;
}

export interface AttestLog {
  entries: AttestLogEntry[];
  /** For the filter form: everyone who has attested here, and the lines invoices are charged to. */
  people: { id: string; name: string }[];
  budgetLines: { id: string; name: string; year: number }[];
}

/**
 * The attest log: only Attestation rows, i.e. attests and rejections that really happened, newest
 * first. Everyone who may read invoices may read it, the auditor included (invoice.read).
 */
export async function getAttestLog(
  rawFilter: AttestLogFilter,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<AttestLog> {
  const db = options.db ?? prisma;
  const filter = attestLogFilter.parse(rawFilter);
  await assertPermission(actor.personId, filter.associationId, 'invoice.read', { db });
  const inAssociation = { invoice: { associationId: filter.associationId } };
  const rows = await db.attestation.findMany({
    where: {
      ...inAssociation,
      createdAt: {
        ...(filter.from ? { gte: dayRangeIn(filter.from).start } : {}),
        ...(filter.to ? { lt: dayRangeIn(filter.to).end } : {}),
      },
      ...(filter.personId ? { attestedById: filter.personId } : {}),
      ...(filter.budgetLineId
        ? { invoice: { associationId: filter.associationId, budgetLineId: filter.budgetLineId } }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      createdAt: true,
      rule: true,
      outcome: true,
      note: true,
      attestedBy: { select: { id: true, name: true } },
      invoice: {
        select: {
          id: true,
          supplier: true,
          invoiceNumber: true,
          amountExclVat: true,
          amountInclVat: true,
          budgetLine: { select: { id: true, name: true } },
        },
      },
    },
  });
  const [people, lines] = await Promise.all([
    db.person.findMany({
      where: { attestations: { some: inAssociation } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    db.budgetLine.findMany({
      where: { invoices: { some: { associationId: filter.associationId, attestations: { some: {} } } } },
      orderBy: [{ name: 'asc' }],
      select: { id: true, name: true, plan: { select: { year: true } } },
    }),
  ]);
  return {
    entries: rows.map((row) => ({
      id: row.id,
      at: row.createdAt,
      person: row.attestedBy,
      invoice: {
        id: row.invoice.id,
        supplier: row.invoice.supplier,
        invoiceNumber: row.invoice.invoiceNumber,
        amountExclVat: toKronor(row.invoice.amountExclVat),
        amountInclVat: toKronor(row.invoice.amountInclVat),
      },
      budgetLine: row.invoice.budgetLine,
      rule: row.rule,
      outcome: row.outcome,
      note: row.note,
    })),
    people,
    budgetLines: lines.map((line) => ({ id: line.id, name: line.name, year: line.plan.year })),
  };
}
