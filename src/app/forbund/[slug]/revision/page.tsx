import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportTableView } from '@/components/report-table/report-table-view';
import { PlanYearPicker } from '@/components/shell/plan-year-picker';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { getAuditDesk } from '@/server/audit-desk/get-audit-desk';
import { requireAssociationAccess } from '@/server/authz/require-association-access';

export const metadata: Metadata = { title: messages().auditDesk.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AuditDeskPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, person, roles } = await requireAssociationAccess(slug, 'auditLog.read');
  const desk = await getAuditDesk(
    { associationId: association.id, year: parseYearParam((await searchParams).ar) },
    { personId: person.id },
  );
  const t = messages().auditDesk;
  const base = `/forbund/${association.slug}/revision`;

  return (
    <>
      <PageHeader title={`${t.title} ${desk.year}`} lead={t.lead}>
        <PlanYearPicker basePath={base} years={desk.years} current={desk.year} />
      </PageHeader>
      <Notice tone="info">
        {t.readOnly} {t.highlightLegend}
      </Notice>
      {may(roles, 'publicRecords.export') ? (
        <p className="mt-4">
          <Link href={`/forbund/${association.slug}/rapporter/allmanna-handlingar`}>{t.publicRecordsLink}</Link>
        </p>
      ) : null}
      <nav aria-label={t.title} className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {desk.reports.map(({ key, table }) => (
            <li key={key}>
              <a href={`#${key}`}>{table.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {desk.reports.map(({ key, table }) => {
        const exceptions = table.rows.filter((row) => row.highlight).length;
        return (
          <section
            key={key}
            id={key}
            className="card mt-6"
            aria-labelledby={`${key}-title`}
            data-testid={`audit-report-${key}`}
          >
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
              <h2 id={`${key}-title`} className="text-lg font-semibold">
                {table.title}
              </h2>
              <span className="text-sm text-slate-600" data-testid="exception-count">
                {exceptions > 0 ? format(t.exceptionsCount, { count: exceptions }) : t.noExceptions}
              </span>
              <span className="flex gap-3 text-sm">
                {(['pdf', 'xlsx'] as const).map((fmt) => (
                  <a
                    key={fmt}
                    href={`${base}/rapport/${key}.${fmt}?ar=${desk.year}`}
                    download
                    aria-label={format(t.downloadLabel, {
                      report: table.title,
                      format: fmt === 'pdf' ? t.downloadPdf : t.downloadXlsx,
                    })}
                  >
                    {fmt === 'pdf' ? t.downloadPdf : t.downloadXlsx}
                  </a>
                ))}
              </span>
            </div>
            <ReportTableView report={table} testId={`audit-table-${key}`} />
          </section>
        );
      })}
    </>
  );
}
