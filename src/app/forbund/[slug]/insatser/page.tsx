import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { InterventionStatus } from '@/generated/prisma/enums';
import { messages } from '@/i18n/catalog';
import { formatPeriod } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getInterventions } from '@/server/intervention/get-interventions';

const STATUS_TONE: Record<InterventionStatus, BadgeTone> = { PROPOSED: 'info', DECIDED: 'info', RUNNING: 'active', ENDED: 'neutral' };

export const metadata: Metadata = { title: messages().areas.interventions.title };

export default async function InterventionsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'plan.read');
  const interventions = await getInterventions(association.id);
  const t = messages().areas;

  return (
    <>
      <PageHeader title={t.interventions.title} lead={t.interventions.lead} />
      {interventions.length === 0 ? (
        <EmptyState title={t.interventions.emptyTitle} body={t.interventions.emptyBody} testId="interventions-empty" />
      ) : (
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid="interventions">
            <caption className="sr-only">{t.interventions.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.interventions.name}</th>
                <th scope="col">{t.interventions.kind}</th>
                <th scope="col">{t.interventions.period}</th>
                <th scope="col">{t.interventions.status}</th>
                <th scope="col">{t.interventions.responsible}</th>
                <th scope="col">{t.interventions.targetGroups}</th>
              </tr>
            </thead>
            <tbody>
              {interventions.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className="min-w-48 font-medium">
                    {item.name}
                  </th>
                  <td>{t.interventionKind[item.kind]}</td>
                  <td className="whitespace-nowrap tabular-nums">{formatPeriod(item.startDate, item.endDate, t)}</td>
                  <td>
                    <StatusBadge label={t.interventionStatus[item.status]} tone={STATUS_TONE[item.status]} />
                  </td>
                  <td>{item.responsibleMembers.map((m) => m.name).join(', ') || t.notSet}</td>
                  <td>{item.targetGroups.map((g) => g.name).join(', ') || t.notSet}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

