import 'server-only';
import { z } from 'zod';
import { entryContext, fieldChanges, type AuditFields, type FieldChange } from '@/domain/audit/changed-fields';
import type { Action } from '@/domain/authz/permissions';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';

/**
 * The entities with a history panel, the action that lets a person read it (whoever may read the
 * entity may read its history), and the key by which entries about its parts name it: an entry
 * about a budget line carries `data.planId`, so the plan's history lists it too.
 */
export const HISTORY_ENTITIES = {
  Plan: { read: 'plan.read', childKey: 'planId' },
  BudgetLine: { read: 'budget.read', childKey: null },
  Intervention: { read: 'plan.read', childKey: 'interventionId' },
  Matter: { read: 'matter.read', childKey: 'matterId' },
  Meeting: { read: 'meeting.read', childKey: 'meetingId' },
  Invoice: { read: 'invoice.read', childKey: 'invoiceId' },
} as const satisfies Record<string, { read: Action; childKey: string | null }>;

export type HistoryEntityType = keyof typeof HISTORY_ENTITIES;

export const DEFAULT_HISTORY_LIMIT = 100;

const schema = z.object({
  associationId: z.string().min(1),
  entityType: z.enum(Object.keys(HISTORY_ENTITIES) as [HistoryEntityType, ...HistoryEntityType[]]),
  entityId: z.string().min(1),
  limit: z.number().int().min(1).max(1000).default(DEFAULT_HISTORY_LIMIT),
});

export interface HistoryEntry {
  id: string;
  at: Date;
  personName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** False for an entry about a part of the entity (a line of the plan). */
  own: boolean;
  /** The part's name, for entries about parts: the budget line's name (also after it was removed). */
  entityLabel: string | null;
  changes: FieldChange[];
  context: AuditFields;
}

export interface EntityHistory {
  entries: HistoryEntry[];
  /** True when there were more than `limit` entries; the newest are shown. */
  truncated: boolean;
}

const nameIn = (fields: unknown): string | null =>
  typeof fields === 'object' && fields !== null && typeof (fields as { name?: unknown }).name === 'string'
    ? (fields as { name: string }).name
    : null;

/**
 * The audit entries of one entity, newest first: those about it, and (for a plan, intervention,
 * matter, meeting or invoice) those about its parts that name it in their data. Only the
 * association's own entries; refused (NOT_FOUND / FORBIDDEN) like reading the entity itself.
 */
export async function getEntityHistory(
  input: { associationId: string; entityType: HistoryEntityType; entityId: string; limit?: number },
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<EntityHistory> {
  const parsed = schema.parse(input);
  const db = options.db ?? prisma;
  const spec = HISTORY_ENTITIES[parsed.entityType];
  await assertPermission(actor.personId, parsed.associationId, spec.read, { db });

  const rows = await db.auditLog.findMany({
    where: {
      associationId: parsed.associationId,
      OR: [
        { entityType: parsed.entityType, entityId: parsed.entityId },
        // The part's entry names the entity at the top of its data, or (creations and deletions
        // of parts) among the part's own fields.
        ...(spec.childKey
          ? [[spec.childKey], ['after', spec.childKey], ['before', spec.childKey]].map((path) => ({
              data: { path, equals: parsed.entityId },
            }))
          : []),
      ],
    },
    orderBy: { id: 'desc' },
    take: parsed.limit + 1,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      person: { select: { name: true } },
    },
  });
  const shown = rows.slice(0, parsed.limit);

  const lineIds = [
    ...new Set(shown.filter((r) => r.entityType === 'BudgetLine' && r.entityId).map((r) => r.entityId!)),
  ];
  const lines =
    lineIds.length > 0
      ? await db.budgetLine.findMany({ where: { id: { in: lineIds } }, select: { id: true, name: true } })
      : [];
  const lineName = new Map(lines.map((l) => [l.id, l.name]));

  return {
    truncated: rows.length > parsed.limit,
    entries: shown.map((row) => {
      const own = row.entityType === parsed.entityType && row.entityId === parsed.entityId;
      const data = row.data as { before?: unknown; after?: unknown } | null;
      return {
        id: row.id.toString(),
        at: row.at,
        personName: row.person?.name ?? null,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        own,
        entityLabel: own
          ? null
          : ((row.entityId && lineName.get(row.entityId)) ?? nameIn(data?.after) ?? nameIn(data?.before)),
        changes: fieldChanges(row.data),
        context: entryContext(row.data),
      };
    }),
  };
}
