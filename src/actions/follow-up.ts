'use server';

import { format, messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { importOutcome } from '@/server/budget/import-outcome';
import { saveOutcome, type FreshOutcome } from '@/server/budget/save-outcome';
import { attachFollowUpReport } from '@/server/follow-up-report/attach-follow-up-report';
import type { ActionResult } from '@/server/kernel/action-result';
import { associationAction, fresh } from '@/server/http/association-action';
import { formText } from '@/server/http/form-data';

const revalidate = ['/budget/uppfoljning'];

// saveOutcome and importOutcome take the person first.
export const saveOutcomeAction = associationAction(
  (input: Parameters<typeof saveOutcome>[1], actor: Actor) => saveOutcome(actor.personId, input),
  { revalidate, stale: fresh<FreshOutcome>() },
);

/** Answers with the Swedish confirmation. */
export const attachFollowUpReportAction = associationAction(attachFollowUpReport, {
  revalidate: ['/sammantraden'],
  select: (attached) => ({
    message: format(messages().followUpReport.added, { item: attached.itemTitle, meeting: attached.meetingLabel }),
  }),
});

const runImport = associationAction(
  async ({ associationId, planId, file }: { associationId: string; planId: string; file: File }, actor: Actor) =>
    importOutcome(actor.personId, { associationId, planId, csv: await file.text() }),
  {
    revalidate,
    revalidateIf: (result) => result.ok,
  },
);

/**
 * The file travels as a file, so this action takes the form (planId, file). An empty file is
 * refused before the session is read; a file with bad rows is refused with every row listed.
 */
export async function importOutcomeAction(slug: string, form: FormData): Promise<ActionResult<{ count: number }>> {
  const t = messages().budgetFollowUp;
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    return { ok: false, code: 'VALIDATION', message: t.importEmpty, fieldErrors: { file: t.importEmpty } };
  const answer = await runImport(slug, { planId: formText(form, 'planId'), file });
  if (!answer.ok) return answer;
  const result = answer.data;
  if (result.ok) return { ok: true, data: { count: result.count } };
  const lines = result.errors.map((error) => {
    if (error.kind === 'FILE') return error.value;
    const template = {
      HEADER: t.importErrorHeader,
      UNKNOWN_LINE: t.importErrorUnknownLine,
      DUPLICATE_LINE: t.importErrorDuplicateLine,
      AMOUNT: t.importErrorAmount,
    }[error.kind];
    return format(template, { row: error.row, column: error.column ?? '', value: error.value });
  });
  return { ok: false, code: 'VALIDATION', message: t.importRefused, fieldErrors: { file: lines.join('\n') } };
}
