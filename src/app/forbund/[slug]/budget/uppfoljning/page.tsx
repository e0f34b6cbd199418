import type { Metadata } from 'next';
import Link from 'next/link';
import { BudgetSubNav } from '@/components/budget/budget-sub-nav';
import { FollowUpTable } from '@/components/budget/follow-up/follow-up-table';
import { OutcomeGrid } from '@/components/budget/follow-up/outcome-grid';
import { OutcomeImportForm } from '@/components/budget/follow-up/outcome-import-form';
import { FollowUpReportForm } from '@/components/budget/follow-up/follow-up-report-form';
import { ThroughMonthPicker } from '@/components/budget/follow-up/through-month-picker';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getFollowUp } from '@/server/budget/page-readers/get-follow-up';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { formatDateTime } from '@/i18n/dates';
import { listFollowUpMeetings } from '@/server/meeting/page-readers/list-follow-up-meetings';

export const metadata: Metadata = { title: messages().budgetFollowUp.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[]; manad?: string | string[] }>;
}

function parseMonthParam(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,2}$/.test(text) && Number(text) <= 12 ? Number(text) : null;
}

export default async function FollowUpPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { association, roles } = await requireAssociationAccess(slug, 'budget.read');
  const t = messages().budgetFollowUp;
  const view = await getFollowUp(association.id, {
    year: parseYearParam(query.ar),
    throughMonth: parseMonthParam(query.manad),
  });
  const editable = may(roles, 'followUp.edit');
  const base = `/forbund/${association.slug}/budget`;

  if (!view.plan || !view.followUp) {
    return (
      <>
        <PageHeader title={t.title} />
        <BudgetSubNav slug={association.slug} current="followUp" />
        <EmptyState title={t.noPlan} body={t.noPlanBody} />
      </>
    );
  }
  const r = messages().followUpReport;
  const now = new Date();
  const today = calendarDateIn(now);
  const reportDate =
    view.plan.year === today.year
      ? [today.year, today.month, today.day].map((n) => String(n).padStart(2, '0')).join('-')
      : `${view.plan.year}-12-31`;
  const meetings = may(roles, 'meeting.manage')
    ? (await listFollowUpMeetings(association.id, now)).map((m) => ({
        id: m.id,
        label: `${m.title} ${formatDateTime(m.startsAt)}`,
      }))
    : null;
  const monthName = view.throughMonth === 0 ? t.noMonth : t.months[view.throughMonth - 1]!;
  return (
    <>
      <PageHeader
        title={`${t.title} ${view.plan.year}`}
        lead={format(t.lead, { year: view.plan.year, month: monthName })}
      >
        <ThroughMonthPicker
          action={`${base}/uppfoljning`}
          years={view.years}
          year={view.plan.year}
          throughMonth={view.throughMonth}
        />
      </PageHeader>
      <BudgetSubNav slug={association.slug} current="followUp" />
      <div className="flex flex-col gap-8">
        <p className="text-sm print:hidden">
          <Link href={`${base}?ar=${view.plan.year}&version=${view.plan.versionNumber}`} className="underline">
            {view.plan.title}, version {view.plan.versionNumber}
          </Link>
          {' · '}
          <Link href={`${base}/versioner?ar=${view.plan.year}`} className="underline">
            {t.versionsLink}
          </Link>
        </p>
        <section aria-label={t.title}>
          <FollowUpTable year={view.plan.year} followUp={view.followUp} />
          <p className="mt-2 max-w-prose text-sm text-slate-600">{t.forecastModel}</p>
          <p className="mt-1 max-w-prose text-sm text-slate-600">{r.outcomeIncludesInvoices}</p>
        </section>
        <FollowUpReportForm
          slug={association.slug}
          defaultDate={reportDate}
          meetings={meetings}
          texts={{
            formTitle: r.formTitle,
            formLead: r.formLead,
            date: r.date,
            download: r.download,
            addToNotice: r.addToNotice,
            meeting: r.meeting,
            noUpcomingMeeting: r.noUpcomingMeeting,
          }}
        />
        <OutcomeGrid slug={association.slug} year={view.plan.year} lines={view.grid} editable={editable} />
        {editable ? (
          <OutcomeImportForm
            slug={association.slug}
            planId={view.plan.id}
            texts={{
              title: t.importTitle,
              lead: t.importLead,
              file: t.importFile,
              button: t.importButton,
              done: t.importDone,
            }}
          />
        ) : null}
      </div>
    </>
  );
}
