import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { listAnnualReportYears } from '@/server/results/page-readers/list-annual-reports';

export const metadata: Metadata = { title: messages().areas.reports.title };

export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'reports.read');
  const years = await listAnnualReportYears(association.id);
  const t = messages().areas.reports;
  const r = messages().results.report;
  const currentYear = calendarDateIn(new Date()).year;
  const base = `/forbund/${encodeURIComponent(association.slug)}/rapporter/verksamhetsberattelse`;

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
      {years.length === 0 ? (
        <EmptyState title={t.emptyTitle} body={r.noYears} testId="reports-empty" />
      ) : (
        <section className="card" aria-labelledby="annual-reports">
          <h2 id="annual-reports" className="text-lg font-semibold">
            {r.listTitle}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{r.listLead}</p>
          <ul className="mt-3 divide-y divide-slate-100" data-testid="annual-reports">
            {years.map(({ year, updatedAt }) => (
              <li key={year} className="flex flex-wrap items-center justify-between gap-4 py-2">
                <span className="flex items-center gap-2">
                  <Link href={`${base}/${year}`} className="font-medium">
                    {format(t.annualReportFor, { year })}
                  </Link>
                  {year >= currentYear ? <StatusBadge label={r.preliminary} tone="attention" /> : null}
                </span>
                <span className="flex items-center gap-4 text-sm">
                  {updatedAt ? <span className="text-slate-600 tabular-nums">{formatDate(updatedAt)}</span> : null}
                  <a href={`${base}/${year}/verksamhetsberattelse.pdf`} download>
                    {r.pdf}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
