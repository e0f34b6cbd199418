import type { Metadata } from 'next';
import Link from 'next/link';
import { MeetingForm } from '@/components/governance/meeting-form';
import { PageHeader } from '@/components/ui/page-header';
import { messages } from '@/i18n/catalog';
import { requireAssociationAccess } from '@/server/authz/require-association-access';

export const metadata: Metadata = { title: messages().governance.meetings.newTitle };

export default async function NewMeetingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireAssociationAccess(slug, 'meeting.manage');
  const t = messages().governance.meetings;
  return (
    <>
      <PageHeader title={t.newTitle}>
        <Link
          href={`/forbund/${encodeURIComponent(slug)}/sammantraden`}
          className="text-sm text-accent-800 hover:underline"
        >
          {t.backToList}
        </Link>
      </PageHeader>
      <div className="card max-w-2xl">
        <MeetingForm
          slug={slug}
          initial={{ body: 'BOARD', title: messages().areas.meetingBody.BOARD, startsAt: '', location: '' }}
        />
      </div>
    </>
  );
}
