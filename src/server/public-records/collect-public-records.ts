import 'server-only';
import { z } from 'zod';
import { dayRangeIn } from '@/domain/calendar/day-range';
import type { MeetingBody, PlanStatus } from '@/generated/prisma/enums';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError, FieldValidationError } from '@/server/kernel/use-case-errors';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { associationId } from '@/server/kernel/input';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A period (both days inclusive, Swedish time) or a subject: `plan:2026` or `arende:<matterId>`. */
export const publicRecordsInput = z.object({
  associationId,
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  subject: z
    .string()
    .regex(/^(plan:\d{4}|arende:[\w-]{1,40})$/)
    .nullish(),
});
export type PublicRecordsInput = z.input<typeof publicRecordsInput>;

/** Plans in these states have been sent out (to the members on consultation, to the board with the notice): upprättade. */
const SENT_PLAN_STATUSES: readonly PlanStatus[] = ['IN_CONSULTATION', 'ON_AGENDA'];
const MAX_PERIOD_DAYS = 5 * 366;

export type RecordSource =
  | { kind: 'plan'; planId: string }
  | { kind: 'minutes'; meetingId: string }
  | { kind: 'decisions'; decisionIds: string[] }
  | { kind: 'attestLog'; from: string; to: string }
  | { kind: 'attachment'; attachmentId: string };

export interface RegisterEntry {
  number: number;
  date: Date;
  title: string;
  type: string;
  official: boolean;
  status: string;
  /** The file in the ZIP; null for drafts, which are listed but not included. */
  fileName: string | null;
  /** What to render into the file (null for drafts). */
  source: RecordSource | null;
}

export interface PublicRecordsSelection {
  associationId: string;
  associationName: string;
  /** "2026-01-01 – 2026-12-31" or the subject's name. */
  description: string;
  fileBase: string;
  entries: RegisterEntry[];
}

type Draft = Omit<RegisterEntry, 'number'>;

function slugPart(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/**
 * What the export contains for a period or a subject: adopted (or sent) plans, the minutes of
 * meetings whose minutes are locked (adjusted), the decisions of those meetings, the attest log of
 * the period, and a matter's incoming documents. Drafts (plans not adopted or sent, minutes not
 * adjusted, decisions in them) are listed as drafts and not included. The office exports
 * (publicRecords.export); nothing is written.
 */
export async function collectPublicRecords(
  rawInput: PublicRecordsInput,
  actor: Actor,
  options: UseCaseDeps = {},
): Promise<PublicRecordsSelection> {
  const input = publicRecordsInput.parse(rawInput);
  const db = options.db ?? prisma;
  const t = messages().publicRecords;
  await assertPermission(actor.personId, input.associationId, 'publicRecords.export', { db, now: options.now });
  const association = await db.association.findUniqueOrThrow({
    where: { id: input.associationId },
    select: { id: true, name: true, slug: true },
  });
  const planStatus = messages().areas.planStatus;
  const drafts: Draft[] = [];

  const planEntry = (plan: {
    id: string;
    title: string;
    year: number;
    versionNumber: number;
    status: PlanStatus;
    adoptedAt: Date | null;
    updatedAt: Date;
  }): Draft => {
    const title = plan.versionNumber > 1 ? `${plan.title} (version ${plan.versionNumber})` : plan.title;
    const fileName = `plan-${plan.year}-v${plan.versionNumber}.pdf`;
    if (plan.adoptedAt)
      return {
        date: plan.adoptedAt,
        title,
        type: t.types.plan,
        official: true,
        status: format(t.status.adopted, { date: formatDate(plan.adoptedAt) }),
        fileName,
        source: { kind: 'plan', planId: plan.id },
      };
    if (SENT_PLAN_STATUSES.includes(plan.status)) {
      return {
        date: plan.updatedAt,
        title,
        type: t.types.plan,
        official: true,
        status: format(t.status.sent, { status: planStatus[plan.status].toLowerCase() }),
        fileName,
        source: { kind: 'plan', planId: plan.id },
      };
    }
    return {
      date: plan.updatedAt,
      title,
      type: t.types.plan,
      official: false,
      status: t.status.draft,
      fileName: null,
      source: null,
    };
  };
  const meetingEntry = (meeting: {
    id: string;
    body: MeetingBody;
    startsAt: Date;
    status: string;
    minutesLockedAt: Date | null;
  }): Draft => {
    const body = messages().areas.meetingBody[meeting.body];
    const title = format(t.minutesTitle, { body: body.toLowerCase(), date: formatDate(meeting.startsAt) });
    if (meeting.status === 'MINUTES_LOCKED') {
      const locked = meeting.minutesLockedAt ?? meeting.startsAt;
      return {
        date: locked,
        title,
        type: t.types.minutes,
        official: true,
        status: format(t.status.locked, { date: formatDate(locked) }),
        fileName: `protokoll-${formatDate(meeting.startsAt)}-${slugPart(body)}.pdf`,
        source: { kind: 'minutes', meetingId: meeting.id },
      };
    }
    return {
      date: meeting.startsAt,
      title,
      type: t.types.minutes,
      official: false,
      status: t.status.minutesDraft,
      fileName: null,
      source: null,
    };
  };
  const decisionEntries = async (
    where: { range?: { start: Date; end: Date }; ids?: string[]; matterId?: string },
    label: string,
    fileLabel = label,
  ) => {
    const decisions = await db.decision.findMany({
      where: {
        associationId: input.associationId,
        ...(where.range ? { decidedAt: { gte: where.range.start, lt: where.range.end } } : {}),
        ...(where.ids ? { id: { in: where.ids } } : {}),
        ...(where.matterId ? { matterId: where.matterId } : {}),
      },
      orderBy: { decidedAt: 'asc' },
      select: {
        id: true,
        decidedAt: true,
        text: true,
        meeting: { select: { status: true } },
        paragraph: { select: { number: true, title: true } },
      },
    });
    const official = decisions.filter((d) => d.meeting.status === 'MINUTES_LOCKED');
    const fileName = `beslut-${slugPart(fileLabel)}.pdf`;
    for (const d of decisions) {
      const isOfficial = d.meeting.status === 'MINUTES_LOCKED';
      const title = `${d.paragraph ? `§ ${d.paragraph.number} ${d.paragraph.title}: ` : ''}${d.text}`.slice(0, 160);
      drafts.push({
        date: d.decidedAt,
        title,
        type: t.types.decision,
        official: isOfficial,
        status: isOfficial ? t.status.official : t.status.minutesDraft,
        fileName: isOfficial ? fileName : null,
        source: null,
      });
    }
    if (official.length > 0) {
      drafts.push({
        date: official.at(-1)!.decidedAt,
        title: format(t.decisionsTitle, { period: label }),
        type: t.types.decisions,
        official: true,
        status: t.status.official,
        fileName,
        source: { kind: 'decisions', decisionIds: official.map((d) => d.id) },
      });
    }
  };
  const planSelect = {
    id: true,
    title: true,
    year: true,
    versionNumber: true,
    status: true,
    adoptedAt: true,
    updatedAt: true,
  } as const;
  const meetingSelect = { id: true, body: true, startsAt: true, status: true, minutesLockedAt: true } as const;

  let description: string;
  let fileBase: string;
  if (input.subject?.startsWith('plan:')) {
    const year = Number(input.subject.slice(5));
    const plans = await db.plan.findMany({
      where: { associationId: input.associationId, year },
      orderBy: { versionNumber: 'asc' },
      select: { ...planSelect, adoptionDecisionId: true },
    });
    if (plans.length === 0) throw new ConflictError(t.unknownSubject);
    drafts.push(...plans.map(planEntry));
    const decisionIds = plans.map((p) => p.adoptionDecisionId).filter((id): id is string => id !== null);
    const fromParagraphs = await db.decision.findMany({
      where: { associationId: input.associationId, paragraph: { planId: { in: plans.map((p) => p.id) } } },
      select: { id: true },
    });
    const ids = [...new Set([...decisionIds, ...fromParagraphs.map((d) => d.id)])];
    description = format(t.planSubject, { year });
    if (ids.length > 0) await decisionEntries({ ids }, description);
    const meetings = await db.meeting.findMany({
      where: {
        associationId: input.associationId,
        OR: [
          { decisions: { some: { id: { in: ids } } } },
          { paragraphs: { some: { planId: { in: plans.map((p) => p.id) } } } },
        ],
      },
      orderBy: { startsAt: 'asc' },
      select: meetingSelect,
    });
    drafts.push(...meetings.map(meetingEntry));
    fileBase = `allmanna-handlingar-plan-${year}`;
  } else if (input.subject?.startsWith('arende:')) {
    const matter = await db.matter.findFirst({
      where: { id: input.subject.slice(7), associationId: input.associationId },
      select: {
        id: true,
        year: true,
        number: true,
        title: true,
        plan: { select: planSelect },
        attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, createdAt: true } },
      },
    });
    if (!matter) throw new ConflictError(t.unknownSubject);
    description = format(t.matterSubject, { year: matter.year, number: matter.number, title: matter.title });
    if (matter.plan) drafts.push(planEntry(matter.plan));
    for (const attachment of matter.attachments) {
      drafts.push({
        date: attachment.createdAt,
        title: attachment.fileName,
        type: t.types.attachment,
        official: true,
        status: t.status.official,
        fileName: `bilaga-${attachment.id.slice(-6)}-${attachment.fileName.replace(/[^\w.\-åäöÅÄÖ]/g, '_')}`,
        source: { kind: 'attachment', attachmentId: attachment.id },
      });
    }
    await decisionEntries({ matterId: matter.id }, description, `dnr-${matter.year}-${matter.number}`);
    const meetings = await db.meeting.findMany({
      where: {
        associationId: input.associationId,
        OR: [{ paragraphs: { some: { matterId: matter.id } } }, { agendaItems: { some: { matterId: matter.id } } }],
      },
      orderBy: { startsAt: 'asc' },
      select: meetingSelect,
    });
    drafts.push(...meetings.map(meetingEntry));
    fileBase = `allmanna-handlingar-dnr-${matter.year}-${matter.number}`;
  } else {
    if (
      !input.from ||
      !input.to ||
      input.from > input.to ||
      Number.isNaN(Date.parse(input.from)) ||
      Number.isNaN(Date.parse(input.to))
    ) {
      throw new FieldValidationError({ from: t.invalidPeriod });
    }
    const range = { start: dayRangeIn(input.from).start, end: dayRangeIn(input.to).end };
    if (range.end.getTime() - range.start.getTime() > MAX_PERIOD_DAYS * 86_400_000)
      throw new FieldValidationError({ to: t.periodTooLong });
    description = format(t.periodText, { from: input.from, to: input.to });
    const inRange = { gte: range.start, lt: range.end };
    const plans = await db.plan.findMany({
      where: {
        associationId: input.associationId,
        OR: [{ adoptedAt: inRange }, { adoptedAt: null, updatedAt: inRange }],
      },
      orderBy: [{ year: 'asc' }, { versionNumber: 'asc' }],
      select: planSelect,
    });
    drafts.push(...plans.map(planEntry));
    const meetings = await db.meeting.findMany({
      where: { associationId: input.associationId, startsAt: inRange, status: { in: ['HELD', 'MINUTES_LOCKED'] } },
      orderBy: { startsAt: 'asc' },
      select: meetingSelect,
    });
    drafts.push(...meetings.map(meetingEntry));
    await decisionEntries({ range }, description, `${input.from}-${input.to}`);
    drafts.push({
      date: range.end,
      title: format(t.attestLogTitle, { period: description }),
      type: t.types.attestLog,
      official: true,
      status: t.status.official,
      fileName: `attestlogg-${input.from}-${input.to}.pdf`,
      source: { kind: 'attestLog', from: input.from, to: input.to },
    });
    fileBase = `allmanna-handlingar-${input.from}-${input.to}`;
  }

  const entries = drafts
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => a.entry.date.getTime() - b.entry.date.getTime() || a.i - b.i)
    .map(({ entry }, index) => ({ ...entry, number: index + 1 }));
  return { associationId: association.id, associationName: association.name, description, fileBase, entries };
}
