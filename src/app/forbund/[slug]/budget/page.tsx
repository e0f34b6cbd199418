import type { Metadata } from 'next';
import { BudgetEditor } from '@/components/budget/editor/budget-editor';
import { BudgetFileLinks } from '@/components/budget/budget-file-links';
import { BudgetSubNav } from '@/components/budget/budget-sub-nav';
import { BudgetCharts } from '@/components/charts/budget-charts';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import type { BudgetSheet } from '@/domain/budget/budget-sheet';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getBudgetSheet } from '@/server/budget/page-readers/get-budget-sheet';
import { listPlanYears } from '@/server/plan-version/find-plan';

export const metadata: Metadata = { title: messages().areas.budget.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[]; version?: string | string[] }>;
}

function parseVersionParam(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

function readOnlyReason(sheet: BudgetSheet, canEdit: boolean): string | null {
  if (sheet.editable) return null;
  const t = messages().budgetEditor;
  return canEdit ? t.readOnlyAdopted : t.readOnlyRole;
}

export default async function BudgetPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'budget.read');
  const query = await searchParams;
  const areas = messages().areas;
  // The year picker's years are loaded beside the sheet, not after it.
  const [sheet, years] = await Promise.all([
    getBudgetSheet(association.id, {
      year: parseYearParam(query.ar) ?? undefined,
      versionNumber: parseVersionParam(query.version),
      roles,
    }),
    listPlanYears(association.id),
  ]);
  const base = `/forbund/${association.slug}/budget`;

  if (!sheet) {
    return (
      <>
        <PageHeader title={areas.budget.title} />
        <BudgetSubNav slug={association.slug} current="budget" />
        <EmptyState title={areas.noPlan} body={areas.noPlanBody} />
      </>
    );
  }

  const canEdit = may(roles, 'budget.edit');
  const status = (areas.planStatus as Record<string, string>)[sheet.planStatus] ?? sheet.planStatus;

  return (
    <>
      <PageHeader
        title={areas.budget.title}
        lead={format(messages().budgetEditor.lead, { title: sheet.planTitle, status, version: sheet.planVersion })}
      >
        <div className="flex flex-col items-end gap-3">
          <PlanYearPicker basePath={base} years={years} current={sheet.planYear} />
          <BudgetFileLinks slug={association.slug} year={sheet.planYear} canImport={sheet.editable} />
        </div>
      </PageHeader>
      <BudgetSubNav slug={association.slug} current="budget" />
      {sheet.lines.length === 0 && !sheet.editable ? (
        <EmptyState title={areas.budget.noLines} body={areas.budget.noLinesBody} />
      ) : (
        <BudgetEditor sheet={sheet} readOnlyReason={readOnlyReason(sheet, canEdit)} />
      )}
      <div className="mt-6">
        <BudgetCharts sheet={sheet} />
      </div>
    </>
  );
}
