import type { Metadata } from 'next';
import { ZodError } from 'zod';
import { ReportTableView } from '@/components/report-table/report-table-view';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { collectPublicRecords, type PublicRecordsSelection } from '@/server/public-records/collect-public-records';
import { registerTable } from '@/server/public-records/export-public-records';
import { listPublicRecordSubjects } from '@/server/public-records/page-readers/list-public-record-subjects';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import { Button } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button';

export const metadata: Metadata = { title: messages().publicRecords.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;

export default async function PublicRecordsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, person } = await requireAssociationAccess(slug, 'publicRecords.export');
  const query = await searchParams;
  const from = first(query.fran);
  const to = first(query.till);
  const subject = first(query.amne);
  const t = messages().publicRecords;
  const base = `/forbund/${association.slug}/rapporter/allmanna-handlingar`;
  const { planYears, matters } = await listPublicRecordSubjects(association.id);

  let selection: PublicRecordsSelection | null = null;
  let error: string | null = null;
  const chosen = subject ? { subject } : from || to ? { from, to } : null;
  if (chosen) {
    try {
      selection = await collectPublicRecords({ associationId: association.id, ...chosen }, { personId: person.id });
    } catch (caught) {
      if (caught instanceof FieldValidationError) error = Object.values(caught.fieldErrors).join(' ');
      else if (caught instanceof ConflictError) error = caught.message;
      else if (caught instanceof ZodError) error = t.unknownSubject;
      else throw caught;
    }
  }
  const download = chosen
    ? `${base}/export.zip?${new URLSearchParams(Object.entries(subject ? { amne: subject } : { fran: from ?? '', till: to ?? '' })).toString()}`
    : null;
  const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <div className="mb-6 grid gap-4 md:grid-cols-2">
        <form action={base} method="get" className="card flex flex-wrap items-end gap-3" aria-label={t.byPeriod}>
          <h2 className="w-full font-semibold">{t.byPeriod}</h2>
          <label className="flex flex-col text-sm font-medium">
            {t.from}
            <input type="date" name="fran" required defaultValue={from ?? ''} className={field} />
          </label>
          <label className="flex flex-col text-sm font-medium">
            {t.to}
            <input type="date" name="till" required defaultValue={to ?? ''} className={field} />
          </label>
          <Button type="submit" variant="secondary" size="sm">
            {t.show}
          </Button>
        </form>
        <form action={base} method="get" className="card flex flex-wrap items-end gap-3" aria-label={t.bySubject}>
          <h2 className="w-full font-semibold">{t.bySubject}</h2>
          <label className="flex flex-col text-sm font-medium">
            {t.subject}
            <select name="amne" required defaultValue={subject ?? ''} className={field}>
              <option value="">{t.chooseSubject}</option>
              {planYears.map(({ year }) => (
                <option key={`plan:${year}`} value={`plan:${year}`}>
                  {format(t.planSubject, { year })}
                </option>
              ))}
              {matters.map((matter) => (
                <option key={matter.id} value={`arende:${matter.id}`}>
                  {format(t.matterSubject, { year: matter.year, number: matter.number, title: matter.title })}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" size="sm">
            {t.show}
          </Button>
        </form>
      </div>
      {error ? (
        <Notice tone="warning" testId="public-records-error">
          {error}
        </Notice>
      ) : null}
      {!selection && !error ? <p className="text-slate-600">{t.chooseFirst}</p> : null}
      {selection ? (
        <section className="card" aria-labelledby="register-title" data-testid="public-records-register">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="register-title" className="text-lg font-semibold">
              {t.registerTitle}: {selection.description}
            </h2>
            <p className="text-sm text-slate-600">
              {format(t.summary, {
                official: selection.entries.filter((e) => e.official).length,
                drafts: selection.entries.filter((e) => !e.official).length,
              })}
            </p>
            {download ? (
              <a
                href={download}
                download
                className={buttonClass({ className: 'no-underline hover:text-white' })}
                data-testid="public-records-download"
              >
                {t.download}
              </a>
            ) : null}
          </div>
          <ReportTableView report={registerTable(selection)} testId="public-records-table" />
        </section>
      ) : null}
    </>
  );
}
