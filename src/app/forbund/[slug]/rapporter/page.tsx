import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getAnnualReports } from '@/server/report/get-annual-reports';

export const metadata: Metadata = { title: messages().areas.reports.title };

export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'reports.read');
  const reports = await getAnnualReports(association.id);
  const t = messages().areas.reports;

  return (
    <>
      <PageHeader title={t.title} />
      {may(roles, 'publicRecords.export') ? (
        <p className="mb-6">
          <Link href={`/forbund/${association.slug}/rapporter/allmanna-handlingar`} data-testid="public-records-link">
            {messages().publicRecords.title}
          </Link>
        </p>
      ) : null}
      {reports.length === 0 ? (
        <EmptyState title={t.emptyTitle} body={t.emptyBody} testId="reports-empty" />
      ) : (
        <section className="card" aria-labelledby="annual-reports">
          <h2 id="annual-reports" className="text-lg font-semibold">
            {t.annualReports}
          </h2>
          <ul className="mt-3 divide-y divide-slate-100" data-testid="annual-reports">
            {reports.map((report) => (
              <li key={report.id} className="flex justify-between gap-4 py-2">
                <span className="font-medium">{format(t.annualReportFor, { year: report.year })}</span>
                <span className="text-sm text-slate-600 tabular-nums">{formatDate(report.updatedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
