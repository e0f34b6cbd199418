import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { MatterStatus } from '@/generated/prisma/enums';
import { formatKronor } from '@/domain/money/kronor';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMatters } from '@/server/matter/get-matters';

export const metadata: Metadata = { title: messages().areas.matters.title };

const STATUS_TONE: Record<MatterStatus, BadgeTone> = {
  RAISED: 'info',
  IN_PREPARATION: 'info',
  PREPARED: 'attention',
  ON_AGENDA: 'attention',
  DECIDED: 'active',
  RETURNED: 'neutral',
  WITHDRAWN: 'neutral',
};

export default async function MattersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'matter.read');
  const matters = await getMatters(association.id);
  const t = messages().areas;

  return (
    <>
      <PageHeader title={t.matters.title} />
      {matters.length === 0 ? (
        <EmptyState title={t.matters.emptyTitle} body={t.matters.emptyBody} testId="matters-empty" />
      ) : (
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid="matters">
            <caption className="sr-only">{t.matters.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.matters.number}</th>
                <th scope="col">{t.matters.matter}</th>
                <th scope="col">{t.matters.kind}</th>
                <th scope="col">{t.matters.raisedBy}</th>
                <th scope="col" className="num">
                  {t.matters.requestedAmount}
                </th>
                <th scope="col">{t.matters.status}</th>
              </tr>
            </thead>
            <tbody>
              {matters.map((matter) => (
                <tr key={matter.id}>
                  <td className="whitespace-nowrap tabular-nums">
                    {matter.year}/{matter.number}
                  </td>
                  <th scope="row" className="min-w-64 font-medium">
                    {matter.title}
                  </th>
                  <td>{t.matterKind[matter.kind]}</td>
                  <td>{matter.raisedByMember ? `${matter.raisedBy.name} (${matter.raisedByMember.name})` : matter.raisedBy.name}</td>
                  <td className="num">{matter.requestedAmount ? formatKronor(matter.requestedAmount) : ''}</td>
                  <td>
                    <StatusBadge label={t.matterStatus[matter.status]} tone={STATUS_TONE[matter.status]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
