import 'server-only';
import { z } from 'zod';
import { dayRangeIn } from '@/domain/calendar/day-range';
import { format, messages } from '@/i18n/catalog';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import { prisma } from '@/server/db/client';
import { toKronor } from '@/server/money/to-kronor';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { renderFollowUpPdf } from './render-follow-up-pdf';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId } from '@/server/kernel/input';

export const followUpReportInput = z.object({
  associationId,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages().followUpReport.invalidDate)
    .refine(
      (text) =>
        !Number.isNaN(Date.parse(`${text}T12:00:00Z`)) && new Date(`${text}T12:00:00Z`).toISOString().startsWith(text),
      messages().followUpReport.invalidDate,
    ),
});
export type FollowUpReportInput = z.input<typeof followUpReportInput>;

/**
 * The one-page follow-up report per a date: the adopted budget of the date's year, outcome through
 * the last month with outcome up to the date's month (entered and imported outcome, and invoices paid
 * by the end of that day), the rest of the year forecast from the budget.
 * Anyone who may read reports may make it (reports.read).
 */
export async function buildFollowUpReport(
  rawInput: FollowUpReportInput,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile> {
  const db = deps.db ?? prisma;
  const input = followUpReportInput.parse(rawInput);
  await assertPermission(actor.personId, input.associationId, 'reports.read', { db });
  const [year, month] = input.date.split('-').map(Number) as [number, number];
  // Through the last month with outcome by that day, as the page does, but never past the date's month:
  // the months after it are forecast from the budget.
  const paidBefore = dayRangeIn(input.date).end;
  const asOf = { year, paidBefore, now: new Date(paidBefore.getTime() - 1), db };
  let view = await getFollowUp(input.associationId, asOf);
  if (view.throughMonth > month) view = await getFollowUp(input.associationId, { ...asOf, throughMonth: month });
  if (!view.plan || !view.followUp || view.plan.year !== year)
    throw new ConflictError(format(messages().followUpReport.notAdoptedForYear, { year }));
  const association = await db.association.findUniqueOrThrow({
    where: { id: input.associationId },
    select: { name: true, slug: true },
  });
  const equity = await db.budgetAmount.findFirst({
    where: { year, kind: 'BUDGET', budgetLine: { planId: view.plan.id, category: 'EQUITY' } },
    select: { amount: true },
  });
  const body = await renderFollowUpPdf(
    {
      associationName: association.name,
      date: input.date,
      plan: view.plan,
      followUp: view.followUp,
      openingEquity: equity ? toKronor(equity.amount) : null,
      generatedAt: deps.now ?? new Date(),
    },
    { compress: deps.compress },
  );
  return {
    fileName: format(messages().followUpReport.fileName, { slug: association.slug, date: input.date }),
    contentType: 'application/pdf',
    body,
  };
}
