import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HistoryPanel } from '@/app/forbund/[slug]/_components/history-panel';
import { AgendaEditor } from '@/components/governance/agenda-editor';
import { AttendanceForm } from '@/components/governance/attendance-form';
import { MeetingForm } from '@/components/governance/meeting-form';
import { CancelMeetingButton, NoticeButton } from '@/components/governance/notice-panel';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import { toLocalDateTimeInput } from '@/domain/calendar/local-date-time';
import { isAgendaEditable, isAttendanceEditable } from '@/domain/meeting/agenda';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMeeting } from '@/server/meeting/get-meeting';
import { MEETING_STATUS_TONE } from '../status-tone';

export const metadata: Metadata = { title: messages().areas.meetings.title };

export default async function MeetingPage({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { association, person, roles } = await requireAssociationAccess(slug, 'meeting.read');
  const details = await getMeeting(association.id, meetingId, { personId: person.id });
  if (!details) notFound();
  const { meeting, members, settings, others, preparedMatters } = details;
  const t = messages().governance.meetings;
  const a = messages().areas;
  const base = `/forbund/${encodeURIComponent(slug)}/sammantraden`;
  const mayManage = may(roles, 'meeting.manage');

  return (
    <>
      <PageHeader
        title={`${meeting.title} ${formatDateTime(meeting.startsAt)}`}
        lead={`${a.meetingBody[meeting.body]}${meeting.location ? `, ${meeting.location}` : ''}`}
      >
        <div className="flex items-center gap-4 text-sm">
          <span data-testid="meeting-status">
            <StatusBadge label={a.meetingStatus[meeting.status]} tone={MEETING_STATUS_TONE[meeting.status]} />
          </span>
          <Link href={`${base}/${meeting.id}/protokoll`} className="font-medium text-accent-800 hover:underline">
            {t.minutes}
          </Link>
          <Link href={base} className="text-accent-800 hover:underline">
            {t.backToList}
          </Link>
        </div>
      </PageHeader>

      <div className="space-y-6">
        <section aria-labelledby="notice" className="card space-y-3">
          <h2 id="notice" className="text-lg font-semibold">
            {t.notice}
          </h2>
          <p data-testid="notice-state">
            {meeting.noticeSentAt
              ? format(t.noticeSentAt, { when: formatDateTime(meeting.noticeSentAt), count: meeting._count.notices })
              : t.noticeNotSent}
          </p>
          {mayManage && isAgendaEditable(meeting.status) ? (
            <>
              <MeetingForm
                slug={slug}
                initial={{
                  body: meeting.body,
                  title: meeting.title,
                  startsAt: toLocalDateTimeInput(meeting.startsAt),
                  location: meeting.location,
                }}
                meeting={{ id: meeting.id, version: meeting.version }}
              />
              <NoticeButton
                slug={slug}
                meetingId={meeting.id}
                version={meeting.version}
                sent={meeting.status === 'NOTICE_SENT'}
              />
              <CancelMeetingButton slug={slug} meetingId={meeting.id} version={meeting.version} />
            </>
          ) : null}
        </section>

        <AgendaEditor
          slug={slug}
          meetingId={meeting.id}
          version={meeting.version}
          items={meeting.agendaItems.map((item) => ({
            id: item.id,
            kind: item.kind,
            title: item.title,
            matter: item.matter,
            attachments: item.attachments,
          }))}
          editable={isAgendaEditable(meeting.status)}
          mayManage={mayManage}
          preparedMatters={meeting.body === 'BOARD' || meeting.body === 'WORKING_COMMITTEE' ? preparedMatters : []}
        />

        <AttendanceForm
          key={meeting.version}
          slug={slug}
          meetingId={meeting.id}
          version={meeting.version}
          members={members}
          others={others}
          recorded={meeting.attendance}
          settings={{
            rule: settings.rule,
            fixedCount: settings.fixedCount,
            deputyMode: settings.deputyMode ?? 'ORDERED',
          }}
          editable={mayManage && isAttendanceEditable(meeting.status)}
        />
      </div>
      <HistoryPanel association={association} entityType="Meeting" entityId={meeting.id} />
    </>
  );
}
