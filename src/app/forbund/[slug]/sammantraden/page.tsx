import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import Link from 'next/link';
import { MarkReadButton } from '@/components/governance/notice-panel';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getAgendaAttachments, type AgendaAttachmentLink } from '@/server/meeting/page-readers/get-agenda-attachments';
import { getMeetings, type MeetingListItem } from '@/server/meeting/page-readers/get-meetings';
import { listMyNotices } from '@/server/meeting/page-readers/list-my-notices';
import { MEETING_STATUS_TONE as STATUS_TONE } from './status-tone';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';

export const metadata: Metadata = { title: messages().areas.meetings.title };

export default async function MeetingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association, person, roles } = await requireAssociationAccess(slug, 'meeting.read');
  const { upcoming, past } = await getMeetings(association.id, new Date());
  const notices = await listMyNotices(person.id, association.id);
  const g = messages().governance.meetings;
  const attachments = await getAgendaAttachments(
    association.id,
    [...upcoming, ...past].map((m) => m.id),
  );
  const fileBase = `/forbund/${association.slug}/sammantraden/bilagor`;
  const t = messages().areas;

  return (
    <>
      <PageHeader title={t.meetings.title}>
        {may(roles, 'meeting.manage') ? (
          <Link href={`/forbund/${association.slug}/sammantraden/ny`} className={buttonClass()}>
            {g.newLink}
          </Link>
        ) : null}
      </PageHeader>
      <section aria-labelledby="my-notices" className="card mb-8" data-testid="my-notices">
        <h2 id="my-notices" className="mb-2 text-xl font-semibold">
          {g.myNotices}
        </h2>
        {notices.length === 0 ? (
          <p className="text-slate-600">{g.noNotices}</p>
        ) : (
          <ul className="space-y-2">
            {notices.map((notice) => (
              <li key={notice.id} className="flex flex-wrap items-center justify-between gap-2">
                {notice.meeting ? (
                  <Link
                    href={`/forbund/${association.slug}/sammantraden/${notice.meeting.id}`}
                    className="text-accent-800 hover:underline"
                  >
                    {notice.text}
                  </Link>
                ) : (
                  <span>{notice.text}</span>
                )}
                <MarkReadButton slug={association.slug} noticeId={notice.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {upcoming.length === 0 && past.length === 0 ? (
        <EmptyState title={t.meetings.emptyTitle} body={t.meetings.emptyBody} testId="meetings-empty" />
      ) : (
        <div className="space-y-8">
          <MeetingTable
            id="upcoming"
            title={t.meetings.upcoming}
            empty={t.meetings.noUpcoming}
            meetings={upcoming}
            attachments={attachments}
            fileBase={fileBase}
          />
          <MeetingTable
            id="past"
            title={t.meetings.past}
            empty={t.meetings.noPast}
            meetings={past}
            attachments={attachments}
            fileBase={fileBase}
          />
        </div>
      )}
    </>
  );
}

interface MeetingTableProps {
  id: string;
  title: string;
  empty: string;
  meetings: MeetingListItem[];
  attachments: Map<string, AgendaAttachmentLink[]>;
  fileBase: string;
}

function MeetingTable({ id, title, empty, meetings, attachments, fileBase }: MeetingTableProps) {
  const t = messages().areas;
  return (
    <section aria-labelledby={`meetings-${id}`}>
      <h2 id={`meetings-${id}`} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {meetings.length === 0 ? (
        <p className="text-slate-600">{empty}</p>
      ) : (
        <DataTable
          caption={title}
          testId={`meetings-${id}`}
          rows={meetings}
          rowKey={(meeting) => meeting.id}
          columns={[
            {
              header: t.meetings.when,
              className: 'whitespace-nowrap tabular-nums',
              headerClassName: '',
              cell: (meeting) => formatDateTime(meeting.startsAt),
            },
            {
              header: t.meetings.meeting,
              rowHeader: true,
              cell: (meeting) => (
                <>
                  <Link
                    href={`${fileBase.replace(/\/bilagor$/, '')}/${meeting.id}`}
                    className="text-accent-800 hover:underline"
                  >
                    {meeting.title}
                  </Link>
                  <AttachmentLinks files={attachments.get(meeting.id)} fileBase={fileBase} />
                </>
              ),
            },
            { header: t.meetings.body, cell: (meeting) => t.meetingBody[meeting.body] },
            { header: t.meetings.location, cell: (meeting) => meeting.location },
            {
              header: t.meetings.status,
              cell: (meeting) => (
                <StatusBadge label={t.meetingStatus[meeting.status]} tone={STATUS_TONE[meeting.status]} />
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

function AttachmentLinks({ files, fileBase }: { files: AgendaAttachmentLink[] | undefined; fileBase: string }) {
  if (!files || files.length === 0) return null;
  return (
    <ul
      className="mt-1 text-xs font-normal"
      aria-label={messages().followUpReport.attachmentsTitle}
      data-testid="agenda-attachments"
    >
      {files.map((file) => (
        <li key={file.id}>
          {file.itemTitle}:{' '}
          <a href={`${fileBase}/${file.id}`} className="underline">
            {file.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}
