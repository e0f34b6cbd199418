import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { format, messages } from '@/i18n/catalog';
import { formatLongDate } from '@/i18n/dates';
import { getNoticeBoard, type NoticeBoard } from '@/server/notice-board/page-readers/get-notice-board';

export const metadata: Metadata = { title: messages().noticeBoard.title };

/** `YYYY-MM-DD` as `13 februari 2026`. */
const longDay = (isoDate: string) => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return formatLongDate({ year, month, day });
};

/**
 * The association's public notice board (anslagstavla, ADR 034): posted minutes with their appeal
 * period and the published adopted plans. No sign-in: it is the förbundsordning's notice board.
 */
export default async function NoticeBoardPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const board = await getNoticeBoard(slug);
  if (!board) notFound();
  const t = messages().noticeBoard;
  const minutesTable = (rows: NoticeBoard['current'], caption: string, testId: string) => (
    <DataTable
      caption={caption}
      captionVisible
      testId={testId}
      rowTestId="notice-board-minutes"
      rows={rows}
      rowKey={(row) => row.postingId}
      empty={{ title: t.noMinutes, body: t.noMinutesBody, testId: `${testId}-empty` }}
      columns={[
        { header: t.columns.meeting, rowHeader: true, cell: (row) => row.title },
        { header: t.columns.meetingDate, cell: (row) => formatLongDate(row.meetingDate) },
        { header: t.columns.adjustedOn, cell: (row) => formatLongDate(row.adjustedAt) },
        { header: t.columns.postedOn, cell: (row) => <span data-testid="posted-on">{longDay(row.postedOn)}</span> },
        {
          header: t.columns.takeDownOn,
          cell: (row) => <span data-testid="take-down-on">{row.takeDownOn ? longDay(row.takeDownOn) : '–'}</span>,
        },
        {
          header: t.columns.document,
          cell: (row) => (
            <a href={`/anslag/${encodeURIComponent(slug)}/protokoll/${encodeURIComponent(row.meetingId)}`}>
              {t.minutesPdf}
            </a>
          ),
        },
      ]}
    />
  );

  return (
    <main id="innehall" className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader title={format(t.heading, { association: board.association.name })} lead={t.lead} />
      <section className="card mb-6" aria-labelledby="appeal" data-testid="notice-board-appeal">
        <h2 id="appeal" className="text-lg font-semibold">
          {t.appealTitle}
        </h2>
        <p className="mt-2 text-sm">{t.appealText}</p>
        {board.keptAt ? <p className="mt-2 text-sm">{format(t.keptAt, { place: board.keptAt })}</p> : null}
      </section>
      <h2 className="mb-2 text-xl font-semibold">{t.minutesTitle}</h2>
      <div className="mb-6 grid gap-6">
        {minutesTable(board.current, t.current, 'notice-board-current')}
        {board.earlier.length > 0 ? minutesTable(board.earlier, t.earlier, 'notice-board-earlier') : null}
      </div>
      <DataTable
        caption={t.plansTitle}
        captionVisible
        testId="notice-board-plans"
        rowTestId="notice-board-plan"
        rows={board.plans}
        rowKey={(row) => row.postingId}
        empty={{ title: t.noPlans, body: t.noPlansBody, testId: 'notice-board-plans-empty' }}
        columns={[
          { header: t.plansColumns.plan, rowHeader: true, cell: (row) => row.title },
          { header: t.plansColumns.adoptedOn, cell: (row) => (row.adoptedAt ? formatLongDate(row.adoptedAt) : '–') },
          { header: t.plansColumns.postedOn, cell: (row) => longDay(row.postedOn) },
          {
            header: t.plansColumns.document,
            cell: (row) => (
              <a href={`/anslag/${encodeURIComponent(slug)}/plan/${encodeURIComponent(row.planId)}`}>{t.planPdf}</a>
            ),
          },
        ]}
      />
    </main>
  );
}
