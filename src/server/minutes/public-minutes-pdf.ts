import 'server-only';
import { format, messages } from '@/i18n/catalog';
import { formatDate } from '@/i18n/dates';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import type { ExportFile } from '@/server/kernel/export-file';
import { noticeOfPostingSection } from './notice-of-posting-pdf';
import { getMinutes } from './page-readers/get-minutes';
import { renderMinutesPdf } from './render-minutes-pdf';

/**
 * The minutes PDF as the public notice board (/anslag/<slug>, no sign-in, ADR 034) offers it: only
 * minutes the association has posted (locked and on its board); null otherwise, so an unknown slug,
 * an unposted meeting or another association's meeting all answer 404 alike. The same PDF, with the
 * notice of posting, as the signed-in download.
 */
export async function publicMinutesPdf(
  input: { slug: string; meetingId: string },
  deps: UseCaseDeps = {},
): Promise<ExportFile | null> {
  const db = deps.db ?? prisma;
  const posting = await db.noticeBoardPosting.findFirst({
    where: {
      kind: 'MINUTES',
      meetingId: input.meetingId,
      association: { slug: input.slug },
      meeting: { minutesLockedAt: { not: null } },
    },
    select: { associationId: true },
  });
  if (!posting) return null;
  const minutes = await getMinutes(posting.associationId, input.meetingId, { db });
  if (!minutes?.meeting.minutesLockedAt) return null;
  const body = await renderMinutesPdf(minutes, {
    compress: deps.compress,
    sections: [await noticeOfPostingSection(posting.associationId, minutes.meeting, { db })],
  });
  return {
    fileName: format(messages().minutes.pdf.fileName, { date: formatDate(minutes.meeting.startsAt) }),
    contentType: 'application/pdf',
    body,
  };
}
