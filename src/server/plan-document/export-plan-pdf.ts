import 'server-only';
import { format, messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { buildPlanDocument, type PlanDocumentRequest } from './build-plan-document';
import { renderPlanPdf } from './render-plan-pdf';
import type { ExportFile } from '@/server/kernel/export-file';
import type { UseCaseDeps } from '@/server/kernel/deps';

/**
 * The plan version as a PDF file, `verksamhets-och-budgetplan-2026.pdf` (a later version adds
 * `-version-N`). Null when the association has no such plan. plan.read.
 */
export async function exportPlanPdf(
  input: PlanDocumentRequest,
  actor: Actor,
  deps: UseCaseDeps = {},
): Promise<ExportFile | null> {
  const document = await buildPlanDocument(input, actor, deps);
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
