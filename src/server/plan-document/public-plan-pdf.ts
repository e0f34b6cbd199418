import 'server-only';
import { format, messages } from '@/i18n/catalog';
import { prisma } from '@/server/db/client';
import type { UseCaseDeps } from '@/server/kernel/deps';
import type { ExportFile } from '@/server/kernel/export-file';
import { readPlanDocument } from './build-plan-document';
import { renderPlanPdf } from './render-plan-pdf';

/**
 * An adopted plan's PDF as the public notice board (/anslag/<slug>, no sign-in, ADR 034) offers it:
 * only a plan the association has published there (posted when its adoption took effect); null
 * otherwise (404), whatever the reason.
 */
export async function publicPlanPdf(
  input: { slug: string; planId: string },
  deps: UseCaseDeps = {},
): Promise<ExportFile | null> {
  const db = deps.db ?? prisma;
  const posting = await db.noticeBoardPosting.findFirst({
    where: {
      kind: 'PLAN',
      planId: input.planId,
      association: { slug: input.slug },
      plan: { status: { in: ['ADOPTED', 'REVISED'] } },
    },
    select: { associationId: true },
  });
  if (!posting) return null;
  const document = await readPlanDocument({ associationId: posting.associationId, planId: input.planId }, db);
  if (!document) return null;
  const t = messages().planDocument;
  const name =
    document.versionNumber > 1
      ? format(t.fileNameVersion, { year: document.year, version: document.versionNumber })
      : format(t.fileName, { year: document.year });
  return {
    fileName: `${name}.pdf`,
    contentType: 'application/pdf',
    body: await renderPlanPdf(document, { compress: deps.compress }),
  };
}
