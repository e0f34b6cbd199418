'use server';

import { revalidatePath } from 'next/cache';
import { format, messages } from '@/i18n/catalog';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { importOutcome } from '@/server/budget/import-outcome';
import { saveOutcome, type FreshOutcome, type SavedOutcome } from '@/server/budget/save-outcome';
import { attachFollowUpReport } from '@/server/follow-up-report/attach-follow-up-report';
import { toActionFailure } from '@/server/kernel/to-action-failure';

export async function saveOutcomeAction(input: {
  slug: string;
  lineId: string;
  month: number;
  amount: string;
  version: number | null;
}): Promise<ActionResult<SavedOutcome, FreshOutcome>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const saved = await saveOutcome(actor.personId, { ...rest, associationId });
    revalidatePath(`/forbund/${slug}/budget/uppfoljning`);
    return { ok: true, data: saved };
  } catch (error) {
    return toActionFailure<FreshOutcome>(error);
  }
}

/** For `useActionState` with a file field: the form's slug, planId and file. */
export async function importOutcomeAction(
  _previous: ActionResult<{ count: number }> | null,
  form: FormData,
): Promise<ActionResult<{ count: number }>> {
  const t = messages().budgetFollowUp;
  try {
    const slug = String(form.get('slug') ?? '');
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return { ok: false, code: 'VALIDATION', message: t.importEmpty, fieldErrors: { file: t.importEmpty } };
    const { associationId, actor } = await sessionActor(slug);
    const result = await importOutcome(actor.personId, { associationId, planId: String(form.get('planId') ?? ''), csv: await file.text() });
    if (!result.ok) {
      const lines = result.errors.map((error) => {
        const values = { row: error.row, column: error.column ?? '', value: error.value };
        if (error.kind === 'FILE') return error.value;
        const template = {
          HEADER: t.importErrorHeader,
          UNKNOWN_LINE: t.importErrorUnknownLine,
          DUPLICATE_LINE: t.importErrorDuplicateLine,
          AMOUNT: t.importErrorAmount,
        }[error.kind];
        return format(template, values);
      });
      return { ok: false, code: 'VALIDATION', message: t.importRefused, fieldErrors: { file: lines.join('\n') } };
    }
    revalidatePath(`/forbund/${slug}/budget/uppfoljning`);
    return { ok: true, data: { count: result.count } };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** For `useActionState`: the form's slug, datum and meetingId. Answers with the Swedish confirmation. */
export async function attachFollowUpReportAction(_previous: ActionResult<{ message: string }> | null, form: FormData): Promise<ActionResult<{ message: string }>> {
  try {
    const slug = String(form.get('slug') ?? '');
    const { associationId, actor } = await sessionActor(slug);
    const attached = await attachFollowUpReport({ associationId, date: String(form.get('datum') ?? ''), meetingId: String(form.get('meetingId') ?? '') }, actor);
    revalidatePath(`/forbund/${slug}/sammantraden`);
    return { ok: true, data: { message: format(messages().followUpReport.added, { item: attached.itemTitle, meeting: attached.meetingLabel }) } };
  } catch (error) {
    return toActionFailure(error);
  }
}
