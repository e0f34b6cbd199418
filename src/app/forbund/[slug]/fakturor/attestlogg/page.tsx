import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { attestLogParams } from '@/server/attest-log/attest-log-params';
import { ruleLabel } from '@/server/attest-log/attest-log-rows';
import { getAttestLog } from '@/server/attest-log/get-attest-log';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: messages().attestLog.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AttestLogPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, person } = await requireAssociationAccess(slug, 'invoice.read');
  const filter = attestLogParams(association.id, await searchParams);
  const log = await getAttestLog(filter, { personId: person.id });
  const t = messages().attestLog;
  const base = `/forbund/${association.slug}/fakturor/attestlogg`;
  const query = new URLSearchParams(
    Object.entries({ fran: filter.from, till: filter.to, person: filter.personId, rad: filter.budgetLineId }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  ).toString();
  const suffix = query ? `?${query}` : '';
  const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <form action={base} method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t.filterTitle}>
        <label className="flex flex-col text-sm font-medium">
          {t.from}
          <input type="date" name="fran" defaultValue={filter.from ?? ''} className={field} />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t.to}
          <input type="date" name="till" defaultValue={filter.to ?? ''} className={field} />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t.person}
          <select name="person" defaultValue={filter.personId ?? ''} className={field}>
            <option value="">{t.anyPerson}</option>
            {log.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t.budgetLine}
          <select name="rad" defaultValue={filter.budgetLineId ?? ''} className={field}>
            <option value="">{t.anyLine}</option>
            {log.budgetLines.map((line) => (
              <option key={line.id} value={line.id}>
                {line.name} ({line.year})
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary" size="sm">
          {t.filter}
        </Button>
        <a href={base} className="text-sm underline">
          {t.clear}
        </a>
        <span className="ml-auto flex gap-3 text-sm">
          <a href={`${base}/export.csv${suffix}`} className="underline" download>
            {t.exportCsv}
          </a>
          <a href={`${base}/export.xlsx${suffix}`} className="underline" download>
            {t.exportXlsx}
          </a>
        </span>
      </form>
      {log.entries.length === 0 ? (
        <EmptyState title={t.empty} body="" testId="attest-log-empty" />
      ) : (
        <DataTable
          caption={t.title}
          testId="attest-log"
          rowTestId="attest-log-entry"
          rows={log.entries}
          rowKey={(entry) => entry.id}
          columns={[
            {
              header: t.when,
              className: 'whitespace-nowrap tabular-nums',
              headerClassName: '',
              cell: (entry) => formatDateTime(entry.at),
            },
            { header: t.person, cell: (entry) => entry.person.name },
            {
              header: t.invoice,
              rowHeader: true,
              className: 'min-w-48',
              headerClassName: '',
              cell: (entry) => (
                <>
                  {entry.invoice.supplier}
                  <span className="block text-xs font-normal text-slate-600 tabular-nums">
                    {format(t.invoiceNumberShort, { number: entry.invoice.invoiceNumber })}
                  </span>
                </>
              ),
            },
            {
              header: t.amount,
              numeric: true,
              headerClassName: 'min-w-32',
              cell: (entry) => formatKronor(entry.invoice.amountInclVat),
            },
            { header: t.budgetLine, cell: (entry) => entry.budgetLine?.name ?? t.noLine },
            { header: t.rule, cell: (entry) => ruleLabel(entry.rule) },
            {
              header: t.outcome,
              cell: (entry) => (
                <StatusBadge
                  label={t.outcomes[entry.outcome]}
                  tone={entry.outcome === 'ATTESTED' ? 'active' : 'negative'}
                />
              ),
            },
          ]}
        />
      )}
    </>
  );
}
