import 'server-only';
import { changesAfterAdoption } from '@/domain/audit-desk/adopted-changes';
import { describeChange, isDelegationChange } from '@/domain/audit-desk/delegation-changes';
import { auditActionLabel } from '@/i18n/audit-action-label';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import type { ReportTable } from '@/domain/report-table/report-table';
import { deskSubtitle, type DeskContext } from './audit-desk-context';

/** Entity types that are parts of a plan (their rows carry `planId`). */
const PLAN_PARTS = ['BudgetLine', 'PlanSection', 'FocusArea', 'TargetGroup', 'Goal', 'PlanConsideration'] as const;

function planIdIn(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  for (const candidate of [record, record.before, record.after]) {
    if (candidate && typeof candidate === 'object' && typeof (candidate as Record<string, unknown>).planId === 'string')
      return (candidate as Record<string, string>).planId!;
  }
  return null;
}

function changeText(data: unknown): string {
  return describeChange(data)
    .map((c) => `${c.field}: ${c.before ?? '–'} → ${c.after ?? '–'}`)
    .join('; ');
}

/**
 * Audit entries that changed an adopted plan or its parts after its adoption (should be none).
 * A part is matched by its current row, or by the `planId` the entry's data names (removed rows).
 */
export async function adoptedChangesReport(ctx: DeskContext): Promise<ReportTable> {
  const t = messages().auditDesk.reports.andringar;
  const { db, associationId } = ctx;
  const plans = await db.plan.findMany({
    where: { associationId, adoptedAt: { not: null } },
    select: {
      id: true,
      title: true,
      versionNumber: true,
      adoptedAt: true,
      budgetLines: { select: { id: true } },
      sections: { select: { id: true } },
      focusAreas: { select: { id: true } },
      targetGroups: { select: { id: true } },
      goals: { select: { id: true } },
      considerations: { select: { id: true } },
    },
  });
  const partOf = new Map<string, string>();
  for (const plan of plans) {
    for (const part of [
      ...plan.budgetLines,
      ...plan.sections,
      ...plan.focusAreas,
      ...plan.targetGroups,
      ...plan.goals,
      ...plan.considerations,
    ])
      partOf.set(part.id, plan.id);
  }
  const earliest = plans.reduce<Date | null>(
    (min, plan) => (!min || plan.adoptedAt! < min ? plan.adoptedAt! : min),
    null,
  );
  const entries = earliest
    ? await db.auditLog.findMany({
        where: {
          associationId,
          at: { gt: earliest, gte: ctx.range.start, lt: ctx.range.end },
          entityType: { in: ['Plan', ...PLAN_PARTS] },
        },
        orderBy: { id: 'asc' },
        select: {
          id: true,
          at: true,
          action: true,
          entityType: true,
          entityId: true,
          data: true,
          person: { select: { name: true } },
        },
      })
    : [];
  const withPlan = entries.map((entry) => ({
    ...entry,
    id: entry.id.toString(),
    planId:
      entry.entityType === 'Plan'
        ? entry.entityId
        : ((entry.entityId ? partOf.get(entry.entityId) : undefined) ?? planIdIn(entry.data)),
  }));
  const changes = changesAfterAdoption(
    plans.map((plan) => ({ id: plan.id, adoptedAt: plan.adoptedAt! })),
    withPlan,
  );
  const titles = new Map(plans.map((plan) => [plan.id, `${plan.title} (v${plan.versionNumber})`]));
  return {
    fileBase: `andringar-antagna-handlingar-${ctx.year}`,
    title: format(t.title, { year: ctx.year }),
    subtitle: deskSubtitle(ctx),
    landscape: true,
    columns: [
      { header: t.when, width: 14 },
      { header: t.person, width: 14 },
      { header: t.plan, width: 22 },
      { header: t.action, width: 16 },
      { header: t.change, width: 34 },
    ],
    rows: changes.map((c) => ({
      cells: [
        formatDateTime(c.at),
        c.person?.name ?? t.system,
        titles.get(c.planId!) ?? '',
        `${auditActionLabel(c.action)} (${c.entityType})`,
        changeText(c.data),
      ],
      highlight: true,
    })),
    emptyText: t.empty,
    notes: [t.note],
  };
}

/** Changes of the attestordning, the prisbasbelopp and other delegation settings in the year, field by field. */
export async function delegationChangesReport(ctx: DeskContext): Promise<ReportTable> {
  const t = messages().auditDesk.reports.delegation;
  const roles: Record<string, string> = messages().roles;
  const entries = await ctx.db.auditLog.findMany({
    where: { associationId: ctx.associationId, at: { gte: ctx.range.start, lt: ctx.range.end } },
    orderBy: { id: 'asc' },
    select: { at: true, action: true, data: true, person: { select: { name: true } } },
  });
  const value = (field: string, text: string | null) => {
    if (text === null) return t.none;
    if (field === 'vatRate') return `${(Number(text) * 100).toLocaleString('sv-SE')} %`;
    return roles[text] ?? text;
  };
  const label = (field: string) => {
    const match = /^amount (\d{4})$/.exec(field);
    return match ? format(t.priceBaseAmount, { year: match[1]! }) : (t.fields[field] ?? field);
  };
  const rows = entries
    .filter((entry) => isDelegationChange(entry.action))
    .flatMap((entry) =>
      describeChange(entry.data).map((change) => ({
        cells: [
          formatDateTime(entry.at),
          entry.person?.name ?? '',
          label(change.field),
          value(change.field, change.before),
          value(change.field, change.after),
        ],
      })),
    );
  return {
    fileBase: `delegationsandringar-${ctx.year}`,
    title: format(t.title, { year: ctx.year }),
    subtitle: deskSubtitle(ctx),
    columns: [
      { header: t.when, width: 16 },
      { header: t.person, width: 16 },
      { header: t.setting, width: 30 },
      { header: t.before, width: 16 },
      { header: t.after, width: 16 },
    ],
    rows,
    emptyText: t.empty,
  };
}
