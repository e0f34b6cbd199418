import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { MeetingStatus } from '@/generated/prisma/enums';
import { messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getAgendaAttachments, type AgendaAttachmentLink } from '@/server/meeting/get-agenda-attachments';
import { getMeetings, type MeetingListItem } from '@/server/meeting/get-meetings';

export const metadata: Metadata = { title: messages().areas.meetings.title };

const STATUS_TONE: Record<MeetingStatus, BadgeTone> = {
  PLANNED: 'info',
  NOTICE_SENT: 'attention',
  HELD: 'neutral',
  MINUTES_LOCKED: 'active',
  CANCELLED: 'negative',
};

export default async function MeetingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { association } = await requireAssociationAccess(slug, 'meeting.read');
  const { upcoming, past } = await getMeetings(association.id, new Date());
  const attachments = await getAgendaAttachments(association.id, [...upcoming, ...past].map((m) => m.id));
  const fileBase = `/forbund/${association.slug}/sammantraden/bilagor`;
  const t = messages().areas;

  return (
    <>
      <PageHeader title={t.meetings.title} />
      {upcoming.length === 0 && past.length === 0 ? (
        <EmptyState title={t.meetings.emptyTitle} body={t.meetings.emptyBody} testId="meetings-empty" />
      ) : (
        <div className="space-y-8">
          <MeetingTable id="upcoming" title={t.meetings.upcoming} empty={t.meetings.noUpcoming} meetings={upcoming} attachments={attachments} fileBase={fileBase} />
          <MeetingTable id="past" title={t.meetings.past} empty={t.meetings.noPast} meetings={past} attachments={attachments} fileBase={fileBase} />
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
        <div className="card overflow-x-auto">
          <table className="data-table" data-testid={`meetings-${id}`}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.meetings.when}</th>
                <th scope="col">{t.meetings.meeting}</th>
                <th scope="col">{t.meetings.body}</th>
                <th scope="col">{t.meetings.location}</th>
                <th scope="col">{t.meetings.status}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id}>
                  <td className="whitespace-nowrap tabular-nums">{formatDateTime(meeting.startsAt)}</td>
                  <th scope="row" className="font-medium">
                    {meeting.title}
                    <AttachmentLinks files={attachments.get(meeting.id)} fileBase={fileBase} />
                  </th>
                  <td>{t.meetingBody[meeting.body]}</td>
                  <td>{meeting.location}</td>
                  <td>
                    <StatusBadge label={t.meetingStatus[meeting.status]} tone={STATUS_TONE[meeting.status]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AttachmentLinks({ files, fileBase }: { files: AgendaAttachmentLink[] | undefined; fileBase: string }) {
  if (!files || files.length === 0) return null;
  return (
    <ul className="mt-1 text-xs font-normal" aria-label={messages().followUpReport.attachmentsTitle} data-testid="agenda-attachments">
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
