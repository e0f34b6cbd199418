import { DataTable } from '@/components/ui/data-table';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddParagraphForm } from '@/components/minutes/add-paragraph-form';
import { AdjustersPanel } from '@/components/minutes/adjusters-panel';
import { CorrectionForm } from '@/components/minutes/correction-form';
import { DecisionForm } from '@/components/minutes/decision-form';
import { MarkReadyButton, MinutesOfficersForm } from '@/components/minutes/minutes-officers-form';
import { ParagraphEditor } from '@/components/minutes/paragraph-editor';
import { ParagraphMove } from '@/components/minutes/paragraph-move';
import { VotesForm } from '@/components/minutes/votes-form';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import { may } from '@/domain/authz/permissions';
import type { MinutesState } from '@/domain/minutes/minutes-lock';
import { paragraphLabel } from '@/domain/minutes/paragraph-numbering';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime, formatLongDate } from '@/i18n/dates';
import { requireAssociationAccess } from '@/server/authz/require-association-access';
import { getMinutes, getMinutesFormOptions, type Minutes } from '@/server/minutes/page-readers/get-minutes';

export const metadata: Metadata = { title: messages().minutes.title };

const STATE_TONE: Record<MinutesState, BadgeTone> = {
  DRAFT: 'info',
  READY: 'attention',
  PARTLY_APPROVED: 'attention',
  LOCKED: 'active',
};

export default async function MinutesPage({ params }: { params: Promise<{ slug: string; meetingId: string }> }) {
  const { slug, meetingId } = await params;
  const { association, person, roles } = await requireAssociationAccess(slug, 'meeting.read');
  const minutes = await getMinutes(association.id, meetingId);
  if (!minutes) notFound();
  const t = messages().minutes;
  const areas = messages().areas;
  const { meeting } = minutes;
  const locked = minutes.state === 'LOCKED';
  const mayWrite = may(roles, 'minutes.write') && !locked && meeting.status !== 'CANCELLED';
  const options = mayWrite ? await getMinutesFormOptions(association.id, meeting) : null;
  const ownAdjuster = minutes.adjusters.find((adjuster) => adjuster.personId === person.id);
  const awaitsOwnApproval =
    !locked && may(roles, 'minutes.adjust') && ownAdjuster !== undefined && ownAdjuster.approvedAt === null;
  const ready = minutes.state === 'READY' || minutes.state === 'PARTLY_APPROVED';
  // Adjusters are offered "Justera protokollet" only once the minutes are ready, and only if they attended.
  const mayApprove = awaitsOwnApproval && ready && ownAdjuster.present;
  const approveBlockedReason = !awaitsOwnApproval
    ? null
    : !ready
      ? t.adjusters.notReadyYet
      : !ownAdjuster.present
        ? t.errors.adjusterAbsent
        : null;
  const anyApproved = minutes.adjusters.some((adjuster) => adjuster.approvedAt);
  const meetingPath = `/forbund/${encodeURIComponent(slug)}/sammantraden/${encodeURIComponent(meeting.id)}`;

  return (
    <>
      <PageHeader
        title={format(t.pageTitle, { meeting: meeting.title, date: formatLongDate(meeting.startsAt) })}
        lead={t.lead}
      >
        <div className="flex flex-col items-end gap-1 text-sm">
          <Link href={meetingPath}>{t.backToMeeting}</Link>
          <Link href={`/forbund/${encodeURIComponent(slug)}/sammantraden`}>{t.backToMeetings}</Link>
        </div>
      </PageHeader>

      <div className="mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge label={t.state[minutes.state]} tone={STATE_TONE[minutes.state]} testId="minutes-state" />
        <span className="text-sm text-slate-600">
          {areas.meetingBody[meeting.body]}, {formatDateTime(meeting.startsAt)}
          {meeting.location ? `, ${meeting.location}` : ''}
        </span>
      </div>

      {locked && meeting.minutesLockedAt ? (
        <Notice tone="info" testId="minutes-locked">
          <p>{format(t.lockedNotice, { time: formatDateTime(meeting.minutesLockedAt) })}</p>
          <p className="mt-2">
            <a
              href={`${meetingPath}/protokoll/protokoll.pdf`}
              className="font-semibold underline"
              data-testid="minutes-pdf-link"
            >
              {t.pdfLink}
            </a>
          </p>
        </Notice>
      ) : null}

      <Notice tone={minutes.quorum.hasQuorum ? 'info' : 'warning'} title={t.quorum.title} testId="minutes-quorum">
        {format(minutes.quorum.hasQuorum ? t.quorum.yes : t.quorum.no, {
          present: minutes.quorum.votingPresent,
          seats: minutes.quorum.ordinarySeats,
          required: minutes.quorum.required,
        })}
      </Notice>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-6">
          <section aria-labelledby="paragraphs-title">
            <h2 id="paragraphs-title" className="mb-3 text-xl font-semibold">
              {t.paragraphs.title}
            </h2>
            {minutes.paragraphs.length === 0 ? <p className="text-slate-600">{t.paragraphs.none}</p> : null}
            <ol className="grid gap-4" data-testid="minutes-paragraphs">
              {minutes.paragraphs.map((paragraph) => (
                <Paragraph
                  key={paragraph.id}
                  paragraph={paragraph}
                  minutes={minutes}
                  slug={slug}
                  mayWrite={mayWrite}
                  mayMove={mayWrite && minutes.state === 'DRAFT'}
                  options={options}
                />
              ))}
            </ol>
          </section>
          {mayWrite && options ? (
            <>
              <AddParagraphForm
                slug={slug}
                meetingId={meeting.id}
                agendaItems={minutes.agendaItems}
                options={options}
              />
              {options.correctable.length > 0 ? (
                <CorrectionForm slug={slug} meetingId={meeting.id} correctable={options.correctable} />
              ) : null}
            </>
          ) : null}
        </div>
        <div className="grid content-start gap-6">
          <section className="card" aria-labelledby="officers-title" data-testid="minutes-officers">
            <h2 id="officers-title" className="text-lg font-semibold">
              {t.officers.title}
            </h2>
            <dl className="mt-2 grid gap-1 text-sm">
              <div>
                <dt className="inline font-medium">{t.officers.chair}: </dt>
                <dd className="inline" data-testid="minutes-chair">
                  {meeting.chairName ?? t.officers.none}
                </dd>
              </div>
              <div>
                <dt className="inline font-medium">{t.officers.secretary}: </dt>
                <dd className="inline" data-testid="minutes-secretary">
                  {meeting.secretaryName ?? t.officers.none}
                </dd>
              </div>
            </dl>
            {meeting.minutesReadyAt ? (
              <p className="mt-2 text-sm" data-testid="minutes-ready-at">
                {format(t.ready.readyAt, { time: formatDateTime(meeting.minutesReadyAt) })}
              </p>
            ) : null}
            {minutes.state !== 'DRAFT' ? (
              <p className="mt-2 text-xs break-all text-slate-600" data-testid="minutes-hash">
                {format(t.contentHash, { hash: minutes.contentHash })}
              </p>
            ) : null}
            {mayWrite && options ? (
              <MinutesOfficersForm
                slug={slug}
                meetingId={meeting.id}
                chairId={meeting.chairId}
                secretaryId={meeting.secretaryId}
                chairCandidates={minutes.attendance
                  .filter((row) => row.present)
                  .map((row) => ({ personId: row.personId, name: row.name }))}
                secretaryCandidates={mergePeople(
                  minutes.attendance
                    .filter((row) => row.present)
                    .map((row) => ({ personId: row.personId, name: row.name })),
                  options.people,
                )}
              />
            ) : null}
            {mayWrite && minutes.state === 'DRAFT' ? <MarkReadyButton slug={slug} meetingId={meeting.id} /> : null}
          </section>
          <AdjustersPanel
            slug={slug}
            meetingId={meeting.id}
            adjusters={minutes.adjusters.map((adjuster) => ({
              personId: adjuster.personId,
              name: adjuster.name,
              approvedAtText: adjuster.approvedAt ? formatDateTime(adjuster.approvedAt) : null,
            }))}
            candidates={mayWrite && !anyApproved ? minutes.eligibleAdjusters : null}
            mayApprove={mayApprove}
            approveBlockedReason={approveBlockedReason}
            contentHash={minutes.contentHash}
          />
          {minutes.changeRequests.length > 0 ? (
            <section className="card" aria-labelledby="change-requests-title" data-testid="change-requests">
              <h2 id="change-requests-title" className="text-lg font-semibold">
                {t.changeRequests.title}
              </h2>
              <ul className="mt-2 grid gap-1 text-sm">
                {minutes.changeRequests.map((request) => (
                  <li key={request.id}>
                    {format(t.changeRequests.line, {
                      name: request.name,
                      time: formatDateTime(request.createdAt),
                      comment: request.comment,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <Attendance minutes={minutes} />
        </div>
      </div>
    </>
  );
}

function Paragraph({
  paragraph,
  minutes,
  slug,
  mayWrite,
  mayMove,
  options,
}: {
  paragraph: Minutes['paragraphs'][number];
  minutes: Minutes;
  slug: string;
  mayWrite: boolean;
  mayMove: boolean;
  options: Awaited<ReturnType<typeof getMinutesFormOptions>> | null;
}) {
  const t = messages().minutes;
  const decision = paragraph.decision?.text ?? paragraph.decisionText;
  const concernsPlan =
    paragraph.planId !== null || (paragraph.matter?.kind === 'PLAN' && paragraph.matter.planId !== null);
  const concernsIntervention = paragraph.interventionId !== null || paragraph.matter?.interventionId != null;
  return (
    <li className="card" data-testid="minutes-paragraph" aria-labelledby={`p-${paragraph.id}`}>
      <h3 id={`p-${paragraph.id}`} className="text-lg font-semibold">
        {paragraphLabel(paragraph.number)} {paragraph.title}
      </h3>
      {mayMove ? <ParagraphMove slug={slug} paragraphId={paragraph.id} number={paragraph.number} /> : null}
      <dl className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
        {paragraph.matter ? (
          <div>
            <dt className="inline">{t.paragraphs.matter}: </dt>
            <dd className="inline">{`${paragraph.matter.year}/${paragraph.matter.number} ${paragraph.matter.title} (${messages().areas.matterStatus[paragraph.matter.status]})`}</dd>
          </div>
        ) : null}
        {paragraph.plan ? (
          <div>
            <dt className="inline">{t.paragraphs.plan}: </dt>
            <dd
              className="inline"
              data-testid="paragraph-plan"
            >{`${paragraph.plan.title} (${messages().areas.planStatus[paragraph.plan.status]})`}</dd>
          </div>
        ) : null}
        {paragraph.intervention ? (
          <div>
            <dt className="inline">{t.paragraphs.intervention}: </dt>
            <dd className="inline">{paragraph.intervention.name}</dd>
          </div>
        ) : null}
      </dl>
      {paragraph.corrects ? (
        <p className="mt-1 text-sm text-slate-600">
          {format(t.paragraphs.corrects, {
            number: paragraph.corrects.number,
            year: paragraph.corrects.year,
            meeting: `${paragraph.corrects.meeting.title} ${formatLongDate(paragraph.corrects.meeting.startsAt)}`,
          })}
        </p>
      ) : null}
      {paragraph.corrections.map((correction) => (
        <p key={correction.id} className="mt-1 text-sm text-amber-800">
          {format(t.paragraphs.correctedBy, { number: correction.number, year: correction.year })}
        </p>
      ))}
      {paragraph.discussion ? (
        <p className="mt-2 whitespace-pre-line" data-testid="paragraph-discussion">
          {paragraph.discussion}
        </p>
      ) : null}
      <div className="mt-2">
        <p className="text-sm font-semibold">{t.paragraphs.decision}</p>
        {decision ? (
          <p className="whitespace-pre-line" data-testid="paragraph-decision">
            {decision}
          </p>
        ) : (
          <p className="text-sm text-slate-600">{t.paragraphs.noDecision}</p>
        )}
      </div>
      {paragraph.tally ? (
        <div className="mt-2 text-sm" data-testid="paragraph-votes">
          <p>
            <span className="font-semibold">{t.paragraphs.votes}: </span>
            {format(t.paragraphs.votesSummary, {
              for: paragraph.tally.for,
              against: paragraph.tally.against,
              abstain: paragraph.tally.abstain,
            })}
          </p>
          {paragraph.votes
            .filter((vote) => vote.reservation)
            .map((vote) => (
              <p key={vote.personId}>
                {format(t.paragraphs.reservation, { name: vote.person.name, text: vote.reservation! })}
              </p>
            ))}
        </div>
      ) : null}
      {mayWrite && options ? (
        <div className="mt-3">
          <ParagraphEditor
            slug={slug}
            paragraph={{ ...paragraph, hasDecision: paragraph.decision !== null }}
            options={options}
          />
          {paragraph.decision === null ? (
            <DecisionForm
              slug={slug}
              paragraph={{
                id: paragraph.id,
                number: paragraph.number,
                version: paragraph.version,
                decisionText: paragraph.decisionText,
                concernsPlan,
                concernsIntervention,
                hasMatter: paragraph.matter !== null,
              }}
            />
          ) : null}
          <VotesForm slug={slug} paragraph={paragraph} voters={minutes.voters} />
        </div>
      ) : null}
    </li>
  );
}

function Attendance({ minutes }: { minutes: Minutes }) {
  const t = messages().minutes.attendance;
  const role = (row: Minutes['attendance'][number]) => {
    if (!row.present) return t.absent;
    if (row.coOpted) return t.coOpted;
    if (row.servingForName) return format(t.deputyServing, { name: row.servingForName });
    if (row.seatKind === 'ORDINARY') return t.ordinary;
    if (row.seatKind === 'DEPUTY') return t.deputy;
    return t.other;
  };
  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      {minutes.attendance.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t.none}</p>
      ) : (
        <DataTable
          caption={t.caption}
          card={false}
          className="mt-2"
          testId="minutes-attendance"
          rows={minutes.attendance}
          rowKey={(row) => row.personId}
          columns={[
            { header: t.person, rowHeader: true, cell: (row) => row.name },
            { header: t.role, cell: (row) => role(row) },
          ]}
        />
      )}
    </section>
  );
}

/** Those present first, then the association's other people, each once. */
function mergePeople(first: { personId: string; name: string }[], second: { personId: string; name: string }[]) {
  const seen = new Set(first.map((person) => person.personId));
  return [...first, ...second.filter((person) => !seen.has(person.personId))];
}
