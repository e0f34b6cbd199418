import 'server-only';
import { z } from 'zod';
import { messages } from '@/i18n/catalog';
import type { Prisma } from '@/generated/prisma/client';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { writeAuditEntry } from '@/server/audit/write-audit-entry';
import { prisma } from '@/server/db/client';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { text } from './plan-workflow-input';
import { id, version } from '@/server/kernel/input';
import type { UseCaseDeps } from '@/server/kernel/deps';
import { loadOwned } from '@/server/kernel/load-owned';

const fields = {
  year: z.number().int().min(2000).max(2100),
  meetingId: id.nullable().default(null),
  question: text(2000),
  conclusion: text(10000),
};
const recordSchema = z.object({ associationId: id, ...fields });
const updateSchema = z.object({ associationId: id, conclusionId: id, version, ...fields });
const removeSchema = z.object({ associationId: id, conclusionId: id, version });

const SELECT = {
  id: true,
  year: true,
  meetingId: true,
  question: true,
  conclusion: true,
  order: true,
  version: true,
} as const;
type Row = Prisma.ConsultationConclusionGetPayload<{ select: typeof SELECT }>;

function snapshot(row: Pick<Row, 'year' | 'meetingId' | 'question' | 'conclusion'>) {
  return { year: row.year, meetingId: row.meetingId, question: row.question, conclusion: row.conclusion };
}

async function assertConsultationMeeting(
  tx: Prisma.TransactionClient,
  associationId: string,
  meetingId: string | null,
): Promise<void> {
  if (!meetingId) return;
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, associationId, body: 'MEMBERS_CONSULTATION' },
    select: { id: true },
  });
  if (!meeting) throw new FieldValidationError({ meetingId: messages().planWorkflow.errors.meetingNotConsultation });
}

async function loadConclusion(
  tx: Prisma.TransactionClient,
  associationId: string,
  conclusionId: string,
  seenVersion: number,
): Promise<Row> {
  const row = await loadOwned(
    (where) => tx.consultationConclusion.findFirst({ where, select: SELECT }),
    associationId,
    conclusionId,
  );
  if (row.version !== seenVersion) throw new StaleVersionError<Row>(row);
  return row;
}

/** Records a strategic question of a members' consultation and its conclusion. */
export async function recordConsultationConclusion(
  input: z.input<typeof recordSchema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ conclusionId: string }> {
  const parsed = recordSchema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'consultation.record', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    await assertConsultationMeeting(tx, parsed.associationId, parsed.meetingId);
    const last = await tx.consultationConclusion.aggregate({
      where: { associationId: parsed.associationId, year: parsed.year },
      _max: { order: true },
    });
    const row = await tx.consultationConclusion.create({
      data: {
        associationId: parsed.associationId,
        year: parsed.year,
        meetingId: parsed.meetingId,
        question: parsed.question,
        conclusion: parsed.conclusion,
        order: (last._max.order ?? -1) + 1,
      },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'consultation.conclusionRecorded',
      entityType: 'ConsultationConclusion',
      entityId: row.id,
      data: { after: snapshot(parsed) },
    });
    return { conclusionId: row.id };
  });
}

export async function updateConsultationConclusion(
  input: z.input<typeof updateSchema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<{ version: number }> {
  const parsed = updateSchema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'consultation.record', { db, now: deps.now });
  return db.$transaction(async (tx) => {
    const before = await loadConclusion(tx, parsed.associationId, parsed.conclusionId, parsed.version);
    await assertConsultationMeeting(tx, parsed.associationId, parsed.meetingId);
    const updated = await tx.consultationConclusion.updateMany({
      where: { id: before.id, version: parsed.version },
      data: {
        year: parsed.year,
        meetingId: parsed.meetingId,
        question: parsed.question,
        conclusion: parsed.conclusion,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new StaleVersionError<Row>(before);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'consultation.conclusionUpdated',
      entityType: 'ConsultationConclusion',
      entityId: before.id,
      data: { before: snapshot(before), after: snapshot(parsed) },
    });
    return { version: parsed.version + 1 };
  });
}

/** Removes a conclusion (and how plans considered it). */
export async function removeConsultationConclusion(
  input: z.input<typeof removeSchema>,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<void> {
  const parsed = removeSchema.parse(input);
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, parsed.associationId, 'consultation.record', { db, now: deps.now });
  await db.$transaction(async (tx) => {
    const before = await loadConclusion(tx, parsed.associationId, parsed.conclusionId, parsed.version);
    const removed = await tx.consultationConclusion.deleteMany({ where: { id: before.id, version: parsed.version } });
    if (removed.count !== 1) throw new StaleVersionError<Row>(before);
    await writeAuditEntry(tx, {
      associationId: parsed.associationId,
      personId: actor.personId,
      action: 'consultation.conclusionRemoved',
      entityType: 'ConsultationConclusion',
      entityId: before.id,
      data: { before: snapshot(before) },
    });
  });
}
