import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { MATTER_STATUSES } from '@/domain/matter/matter-status';
import type { MatterStatus } from '@/generated/prisma/enums';
import { formatKronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMatters } from '@/server/matter/page-readers/get-matters';
import { MATTER_STATUS_TONE as STATUS_TONE } from './status-tone';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: messages().areas.matters.title };

export default async function MattersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { slug } = await params;
  const { status: statusParam } = await searchParams;
  const { association, roles } = await requireAssociationAccess(slug, 'matter.read');
  const status = MATTER_STATUSES.find((s) => s === statusParam) as MatterStatus | undefined;
  const matters = await getMatters(association.id, status);
  const t = messages().areas;
  const g = messages().governance.matters;
  const base = `/forbund/${encodeURIComponent(slug)}/arenden`;

  return (
    <>
      <PageHeader title={t.matters.title}>
        {may(roles, 'matter.raise') ? (
          <Link href={`${base}/ny`} className={buttonClass()}>
            {g.newLink}
          </Link>
        ) : null}
      </PageHeader>
      <nav aria-label={g.filterLabel} className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="matter-filter">
        {[undefined, ...MATTER_STATUSES].map((s) => (
          <Link
            key={s ?? 'all'}
            href={s ? `${base}?status=${s}` : base}
            aria-current={s === status ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 ${s === status ? 'border-accent-700 bg-accent-700 text-white' : 'border-slate-300 bg-white hover:bg-slate-50'}`}
          >
            {s ? t.matterStatus[s] : g.filterAll}
          </Link>
        ))}
      </nav>
      {matters.length === 0 ? (
        <EmptyState title={t.matters.emptyTitle} body={t.matters.emptyBody} testId="matters-empty" />
      ) : (
        <DataTable
          caption={t.matters.title}
          testId="matters"
          rows={matters}
          rowKey={(matter) => matter.id}
          columns={[
            {
              header: t.matters.number,
              className: 'whitespace-nowrap tabular-nums',
              headerClassName: '',
              cell: (matter) => `${matter.year}/${matter.number}`,
            },
            {
              header: t.matters.matter,
              rowHeader: true,
              className: 'min-w-64',
              headerClassName: '',
              cell: (matter) => (
                <Link href={`${base}/${matter.id}`} className="text-accent-800 hover:underline">
                  {matter.title}
                </Link>
              ),
            },
            { header: t.matters.kind, cell: (matter) => t.matterKind[matter.kind] },
            {
              header: t.matters.raisedBy,
              cell: (matter) =>
                matter.raisedByMember
                  ? `${matter.raisedBy.name} (${matter.raisedByMember.name})`
                  : matter.raisedBy.name,
            },
            {
              header: t.matters.requestedAmount,
              numeric: true,
              cell: (matter) => (matter.requestedAmount ? formatKronor(matter.requestedAmount) : ''),
            },
            {
              header: t.matters.status,
              cell: (matter) => <StatusBadge label={t.matterStatus[matter.status]} tone={STATUS_TONE[matter.status]} />,
            },
          ]}
        />
      )}
    </>
  );
}
