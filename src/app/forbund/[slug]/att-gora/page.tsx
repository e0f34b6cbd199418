import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { format, messages } from '@/i18n/catalog';
import { formatDate, formatDateTime, formatLongDate } from '@/i18n/dates';
import { formatKronor } from '@/domain/money/kronor';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMyTasks } from '@/server/plan/page-readers/get-my-tasks';

export const metadata: Metadata = { title: messages().planWorkflow.tasks.title };

function Section({
  id,
  title,
  empty,
  count,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={`tasks-${id}`}>
      <h2 id={`${id}-title`} className="flex items-center gap-2 text-lg font-semibold">
        {title}
        <span
          className="rounded-full bg-slate-100 px-2 text-sm text-slate-700 tabular-nums"
          data-testid={`tasks-${id}-count`}
        >
          {count}
        </span>
      </h2>
      {count === 0 ? <p className="mt-3 text-slate-600">{empty}</p> : <div className="mt-3">{children}</div>}
    </section>
  );
}

export default async function TasksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, roles, person } = await requireAssociationAccess(slug, 'association.read');
  const tasks = await getMyTasks(association.id, person.id, roles, { now: new Date() });
  const t = messages().planWorkflow.tasks;
  const { areas } = messages();
  const invoiceTexts = messages().mailDigest.tasks;
  const base = `/forbund/${association.slug}`;
  const book = tasks.meetingBook;

  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      <div className="grid gap-6 md:grid-cols-2">
        <Section id="matters" title={t.mattersTitle} empty={t.noMatters} count={tasks.matters.length}>
          <ul className="divide-y divide-slate-100">
            {tasks.matters.map((m) => (
              <li key={`${m.meetingId}-${m.matterId}`} className="py-2">
                <Link href={`${base}/arenden`} className="font-medium underline">
                  {m.year}-{m.number} {m.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {format(t.meetingOf, { title: m.meetingTitle, date: formatLongDate(m.startsAt) })}
                </p>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="minutes" title={t.minutesTitle} empty={t.noMinutes} count={tasks.minutes.length}>
          <ul className="divide-y divide-slate-100">
            {tasks.minutes.map((m) => (
              <li key={m.meetingId} className="py-2">
                <Link href={`${base}/sammantraden`} className="font-medium underline">
                  {format(t.meetingOf, { title: m.title, date: formatLongDate(m.startsAt) })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="comments" title={t.commentsTitle} empty={t.noComments} count={tasks.planComments.length}>
          <ul className="divide-y divide-slate-100">
            {tasks.planComments.map((p) => (
              <li key={p.planId} className="py-2">
                <p>
                  {format(t.commentPhase, {
                    plan: p.title,
                    phase: messages().planWorkflow.page.phase[p.phase].toLowerCase(),
                  })}
                </p>
                {p.ownComments > 0 ? (
                  <p className="text-sm text-slate-600">{format(t.yourComments, { count: p.ownComments })}</p>
                ) : null}
                <Link href={`${base}/plan/arbetsgang?ar=${p.year}`} className="text-sm font-medium underline">
                  {t.goToPlan}
                </Link>
              </li>
            ))}
          </ul>
        </Section>

        <Section
          id="invoices"
          title={invoiceTexts.invoicesTitle}
          empty={invoiceTexts.noInvoices}
          count={tasks.invoicesToAttest.length}
        >
          <ul className="divide-y divide-slate-100">
            {tasks.invoicesToAttest.map((invoice) => (
              <li key={invoice.id} className="py-2">
                <Link href={`${base}/fakturor/${invoice.id}`} className="font-medium underline">
                  {format(invoiceTexts.invoiceLink, { supplier: invoice.supplier, number: invoice.invoiceNumber })}
                </Link>
                <p className="text-sm text-slate-600">
                  {invoice.dueDate
                    ? format(invoiceTexts.amountDue, {
                        amount: formatKronor(invoice.amountInclVat),
                        date: formatDate(invoice.dueDate),
                      })
                    : format(invoiceTexts.amount, { amount: formatKronor(invoice.amountInclVat) })}
                </p>
              </li>
            ))}
          </ul>
        </Section>

        <Section id="notices" title={t.noticesTitle} empty={t.noNotices} count={tasks.notices.length}>
          <ul className="divide-y divide-slate-100">
            {tasks.notices.map((n) => (
              <li key={n.id} className="py-2">
                <p>{n.text}</p>
                <p className="text-sm text-slate-600">{formatDateTime(n.createdAt)}</p>
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <section className="card mt-8" aria-labelledby="book-title" data-testid="meeting-book">
        {book ? (
          <>
            <h2 id="book-title" className="text-lg font-semibold">
              {format(t.meetingBookTitle, {
                title: `${areas.meetingBody[book.body]}`,
                date: formatDateTime(book.startsAt),
              })}
            </h2>
            {book.location ? <p className="text-sm text-slate-600">{book.location}</p> : null}
            <ol className="mt-4 grid gap-4">
              {book.items.map((item, index) => {
                const documents = [...item.attachments, ...(item.matter?.attachments ?? [])];
                return (
                  <li key={item.id} className="rounded-md border border-slate-200 p-3" data-testid="book-item">
                    <h3 className="font-semibold">
                      <span className="tabular-nums">{index + 1}. </span>
                      {item.title}
                    </h3>
                    {item.matter ? (
                      <div className="mt-1 text-sm">
                        <StatusBadge
                          label={format(t.matterLabel, { number: `${item.matter.year}-${item.matter.number}` })}
                          tone="info"
                        />
                        {item.matter.description ? (
                          <p className="mt-2 whitespace-pre-line">{item.matter.description}</p>
                        ) : null}
                        {item.matter.proposedDecision ? (
                          <div className="mt-2 border-l-4 border-accent-100 pl-3">
                            <p className="font-medium">{t.proposal}</p>
                            <p className="whitespace-pre-line" data-testid="book-proposal">
                              {item.matter.proposedDecision}
                            </p>
                          </div>
                        ) : null}
                      </div>
                    ) : item.description ? (
                      <p className="mt-1 text-sm whitespace-pre-line">{item.description}</p>
                    ) : null}
                    {documents.length > 0 ? (
                      <div className="mt-2 text-sm">
                        <p className="font-medium">{t.documents}</p>
                        <ul className="list-disc pl-5">
                          {item.attachments.map((a) => (
                            <li key={a.id}>
                              <a href={`${base}/sammantraden/bilagor/${a.id}`} className="underline">
                                {a.fileName}
                              </a>
                            </li>
                          ))}
                          {(item.matter?.attachments ?? []).map((a) => (
                            <li key={a.id}>{a.fileName}</li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <>
            <h2 id="book-title" className="text-lg font-semibold">
              {t.meetingBookHeading}
            </h2>
            <p className="mt-3 text-slate-600">{t.noMeeting}</p>
          </>
        )}
      </section>
    </>
  );
}
