import 'server-only';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { assertPermission } from '@/server/authz/assert-permission';
import type { Actor } from '@/server/authz/session-actor';
import { prisma } from '@/server/db/client';
import { ConflictError } from '@/server/kernel/use-case-errors';
import { getMinutes } from './page-readers/get-minutes';
import { noticeOfPostingSection } from './notice-of-posting-pdf';
import { renderMinutesPdf } from './render-minutes-pdf';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/** The minutes are not locked yet: there is no PDF (the route answers 409 with `message`). */
export class MinutesNotLockedError extends ConflictError {
  constructor() {
    super(messages().minutes.errors.notLockedPdf);
    this.name = 'MinutesNotLockedError';
  }
}

/** The locked minutes of a meeting as a PDF file; null when the meeting is not the association's. */
export async function buildMinutesPdf(
  input: { associationId: string; meetingId: string },
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile | null> {
  const db = deps.db ?? prisma;
  await assertPermission(actor.personId, input.associationId, 'meeting.read', { db, now: deps.now });
  const minutes = await getMinutes(input.associationId, input.meetingId, { db });
  if (!minutes) return null;
  if (!minutes.meeting.minutesLockedAt) throw new MinutesNotLockedError();
  const body = await renderMinutesPdf(minutes, {
    sections: [await noticeOfPostingSection(input.associationId, minutes.meeting, { db })],
  });
  return {
    fileName: format(messages().minutes.pdf.fileName, { date: formatDate(minutes.meeting.startsAt) }),
    contentType: 'application/pdf',
    body,
  };
}
