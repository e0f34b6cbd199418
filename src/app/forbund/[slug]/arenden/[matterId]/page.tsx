import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { MatterAttachmentUpload } from '@/components/governance/matter-attachment-upload';
import { MatterPreparation } from '@/components/governance/matter-preparation';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { formatKronor } from '@/domain/money/kronor';
import { auditActionLabel } from '@/i18n/audit-action-label';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime, formatPeriod } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMatter } from '@/server/matter/get-matter';
import { MATTER_STATUS_TONE } from '../status-tone';

export const metadata: Metadata = { title: messages().areas.matters.title };

export default async function MatterPage({ params }: { params: Promise<{ slug: string; matterId: string }> }) {
  const { slug, matterId } = await params;
  const { association, person, roles } = await requireAssociationAccess(slug, 'matter.read');
  const matter = await getMatter(association.id, matterId, { personId: person.id });
  if (!matter) notFound();
  const t = messages().governance.matters;
  const a = messages().areas;
  const base = `/forbund/${encodeURIComponent(slug)}`;
  // Bound, not an inline action: one server action per use case (the auditor test posts each).

  return (
    <>
      <PageHeader title={`${matter.year}/${matter.number} ${matter.title}`}>
        <Link href={`${base}/arenden`} className="text-sm text-accent-800 hover:underline">
          {t.backToList}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <section aria-labelledby="matter-details" className="card space-y-3">
            <div className="flex items-center justify-between gap-3">
              <h2 id="matter-details" className="text-lg font-semibold">
                {t.details}
              </h2>
              <span data-testid="matter-status">
                <StatusBadge label={a.matterStatus[matter.status]} tone={MATTER_STATUS_TONE[matter.status]} />
              </span>
            </div>
            {matter.status === 'RETURNED' && matter.returnReason ? (
              <p className="text-amber-900">{format(t.returnedBecause, { reason: matter.returnReason })}</p>
            ) : null}
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
              <div>
                <dt className="text-sm text-slate-600">{a.matters.kind}</dt>
                <dd>{a.matterKind[matter.kind]}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t.raisedBy}</dt>
                <dd>
                  {matter.raisedByMember
                    ? `${matter.raisedBy.name} (${matter.raisedByMember.name})`
                    : matter.raisedBy.name}
                </dd>
              </div>
              {matter.requestedAmount ? (
                <div>
                  <dt className="text-sm text-slate-600">{a.matters.requestedAmount}</dt>
                  <dd className="tabular-nums">{formatKronor(matter.requestedAmount)}</dd>
                </div>
              ) : null}
              {matter.periodStart || matter.periodEnd ? (
                <div>
                  <dt className="text-sm text-slate-600">{t.period}</dt>
                  <dd>{formatPeriod(matter.periodStart, matter.periodEnd, t)}</dd>
                </div>
              ) : null}
            </dl>
            {matter.description ? <p className="whitespace-pre-wrap">{matter.description}</p> : null}
            {matter.agendaItems.length > 0 ? (
              <p className="text-sm">
                {t.agendaLinks}:{' '}
                {matter.agendaItems.map((item) => (
                  <Link
                    key={item.id}
                    href={`${base}/sammantraden/${item.meeting.id}`}
                    className="mr-2 text-accent-800 underline"
                  >
                    {item.meeting.title} {formatDateTime(item.meeting.startsAt)}
                  </Link>
                ))}
              </p>
            ) : null}
          </section>

          <MatterPreparation
            slug={slug}
            matter={{
              id: matter.id,
              status: matter.status,
              version: matter.version,
              assessment: matter.assessment,
              proposedDecision: matter.proposedDecision,
            }}
            mayPrepare={may(roles, 'matter.prepare')}
            mayWithdraw={matter.viewer.mayWithdraw}
            conflict={matter.viewer.conflict}
            memberName={matter.raisedByMember?.name ?? null}
          />

          <section aria-labelledby="matter-attachments" className="card">
            <h2 id="matter-attachments" className="text-lg font-semibold">
              {t.attachments}
            </h2>
            {matter.attachments.length === 0 ? (
              <p className="text-slate-600">{t.noAttachments}</p>
            ) : (
              <ul className="mt-2 list-disc pl-5" data-testid="matter-attachments">
                {matter.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`${base}/arenden/${matter.id}/bilagor/${file.id}`} className="text-accent-800 underline">
                      {file.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {matter.viewer.mayAttach ? (
              <MatterAttachmentUpload slug={slug} matterId={matter.id} label={t.uploadLabel} submit={t.upload} />
            ) : null}
          </section>
        </div>

        <section aria-labelledby="matter-history" className="card h-fit">
          <h2 id="matter-history" className="text-lg font-semibold">
            {t.history}
          </h2>
          {matter.history.length === 0 ? (
            <p className="text-slate-600">{t.noHistory}</p>
          ) : (
            <ol className="mt-2 space-y-2 text-sm" data-testid="matter-history">
              {matter.history.map((entry) => (
                <li key={entry.id}>
                  <span className="font-medium">{t.historyAction[entry.action] ?? auditActionLabel(entry.action)}</span>
                  {entry.data?.after?.status && entry.data.after.status in a.matterStatus
                    ? ` → ${a.matterStatus[entry.data.after.status as keyof typeof a.matterStatus]}`
                    : ''}
                  <br />
                  <span className="text-slate-600">
                    {formatDateTime(entry.at)}
                    {entry.personName ? `, ${entry.personName}` : ''}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <HistoryPanel association={association} entityType="Matter" entityId={matter.id} />
    </>
  );
}
