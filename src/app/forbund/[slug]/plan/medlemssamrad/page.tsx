import type { Metadata } from 'next';
import Link from 'next/link';
import { ConclusionForm, ConclusionRow } from '@/components/plan-workflow/workflow-forms';
import { PageHeader } from '@/components/ui/page-header';
import { may } from '@/domain/authz/permissions';
import { calendarDateIn } from '@/domain/calendar/local-date';
import { parseYearParam } from '@/domain/plan/choose-plan-year';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getConsultation } from '@/server/plan/page-readers/get-consultation';

export const metadata: Metadata = { title: messages().planWorkflow.consultation.title };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ ar?: string | string[] }>;
}

export default async function MembersConsultationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { association, roles } = await requireAssociationAccess(slug, 'plan.read');
  const year = parseYearParam((await searchParams).ar) ?? calendarDateIn(new Date()).year;
  const data = await getConsultation(association.id, year);
  const t = messages().planWorkflow.consultation;
  const base = `/forbund/${association.slug}`;
  const mayRecord = may(roles, 'consultation.record');
  const meetings = data.meetings.map((m) => ({ id: m.id, label: `${m.title}, ${formatLongDate(m.startsAt)}` }));
  const meetingLabel = new Map(meetings.map((m) => [m.id, m.label]));

  return (
    <>
      <PageHeader title={`${t.title} ${year}`} lead={t.lead}>
        <nav aria-label={t.yearLabel} className="flex flex-wrap gap-2 text-sm">
          {[...new Set([...data.years, year - 1, year + 1])]
            .sort((a, b) => a - b)
            .map((y) => (
              <Link
                key={y}
                href={`${base}/plan/medlemssamrad?ar=${y}`}
                aria-current={y === year ? 'page' : undefined}
                className={y === year ? 'font-semibold underline' : 'underline'}
              >
                {y}
              </Link>
            ))}
        </nav>
      </PageHeader>

      <section className="card mb-6" aria-labelledby="conclusions-title" data-testid="conclusions">
        <h2 id="conclusions-title" className="text-lg font-semibold">
          {format(t.tableCaption, { year })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {format(t.shownIn, { year: year + 1 })}{' '}
          <Link href={`${base}/plan/arbetsgang?ar=${year + 1}`} className="underline">
            {messages().planWorkflow.page.title}
          </Link>
        </p>
        {data.conclusions.length === 0 ? (
          <p className="mt-3 text-slate-600">{format(t.empty, { year })}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {data.conclusions.map((c) => (
              <ConclusionRow
                key={c.id}
                slug={association.slug}
                year={year}
                meetings={meetings}
                mayRecord={mayRecord}
                meetingLabel={c.meetingId ? (meetingLabel.get(c.meetingId) ?? null) : null}
                value={{
                  id: c.id,
                  version: c.version,
                  meetingId: c.meetingId,
                  question: c.question,
                  conclusion: c.conclusion,
                }}
              />
            ))}
          </ul>
        )}
      </section>

      {mayRecord ? (
        <section className="card mb-6" aria-labelledby="add-title">
          <h2 id="add-title" className="mb-3 text-lg font-semibold">
            {t.addTitle}
          </h2>
          <ConclusionForm slug={association.slug} year={year} meetings={meetings} value={null} />
        </section>
      ) : null}
    </>
  );
}
