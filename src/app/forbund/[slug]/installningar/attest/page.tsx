import type { Metadata } from 'next';
import { DelegationSettingsForm, PriceBaseAmountForm } from '@/components/invoice/delegation-settings-form';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getDelegationSettings } from '@/server/invoice/page-readers/get-delegation-settings';
import { DataTable } from '@/components/ui/data-table';
import { getMailMode } from '@/server/mail/page-readers/get-mail-mode';
import { SettingsNav } from '../_components/settings-nav';

export const metadata: Metadata = { title: messages().attest.settings.title };

export default async function AttestSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'settings.read');
  const [{ settings, priceBaseAmounts, decisions }, mailMode] = await Promise.all([
    getDelegationSettings(association.id),
    getMailMode(),
  ]);
  const all = messages();
  const t = all.attest.settings;
  const editable = may(roles, 'settings.edit');
  const asBoardRole = (role: string) => (role === 'VICE_CHAIR' ? 'VICE_CHAIR' : 'CHAIR') as 'CHAIR' | 'VICE_CHAIR';
  const comma = (text: string) => text.replace('.', ',');

  return (
    <>
      <PageHeader title={t.title} lead={t.intro} />
      <SettingsNav slug={slug} roles={roles} current="attest" mailMode={mailMode} />
      <section className="card mb-6" aria-labelledby="delegation-title">
        <h2 id="delegation-title" className="sr-only">
          {t.title}
        </h2>
        <p className="mb-3 text-sm text-slate-700" data-testid="delegation-in-force">
          {settings.decision
            ? format(t.inForceSince, {
                date: formatDate(settings.decision.decidedAt),
                decision: settings.decision.text,
              })
            : t.baseline}
        </p>
        {editable ? (
          <DelegationSettingsForm
            slug={slug}
            initial={{
              version: settings.version || null,
              directorAttestLimitPbb: comma(settings.directorAttestLimitPbb.toString()),
              attestAboveLimitRole: asBoardRole(settings.attestAboveLimitRole),
              attestSubstituteRole: asBoardRole(settings.attestSubstituteRole),
              directorSubstituteRole: asBoardRole(settings.directorSubstituteRole),
            }}
            decisions={decisions.map((decision) => ({
              id: decision.id,
              label: `${formatDate(decision.decidedAt)}, ${decision.meeting.title}: ${decision.text.slice(0, 80)}`,
            }))}
          />
        ) : (
          <>
            <dl className="grid max-w-xl grid-cols-[1fr_auto] gap-2" data-testid="delegation-read-only">
              <dt>{t.directorAttestLimitPbb}</dt>
              <dd>{comma(settings.directorAttestLimitPbb.toString())}</dd>
              <dt>{t.directorSubstituteRole}</dt>
              <dd>{all.roles[settings.directorSubstituteRole]}</dd>
              <dt>{t.attestAboveLimitRole}</dt>
              <dd>{all.roles[settings.attestAboveLimitRole]}</dd>
              <dt>{t.attestSubstituteRole}</dt>
              <dd>{all.roles[settings.attestSubstituteRole]}</dd>
            </dl>
            <p className="mt-3 text-sm text-slate-600">{t.readOnly}</p>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="pbb-title">
        <h2 id="pbb-title" className="text-lg font-semibold">
          {t.priceBaseAmounts}
        </h2>
        <DataTable
          caption={t.priceBaseAmounts}
          card={false}
          className="mt-2"
          testId="price-base-amounts"
          rows={priceBaseAmounts}
          rowKey={(row) => String(row.year)}
          columns={[
            { header: t.year, rowHeader: true, cell: (row) => row.year },
            { header: t.amount, numeric: true, cell: (row) => formatKronor(row.amount) },
            { header: t.limitExclVat, numeric: true, cell: (row) => formatKronor(row.limitExclVat) },
          ]}
        />
        {may(roles, 'priceBaseAmount.edit') ? <PriceBaseAmountForm slug={slug} existing={priceBaseAmounts} /> : null}
      </section>
    </>
  );
}
