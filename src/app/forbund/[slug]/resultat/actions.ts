'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/server/kernel/action-result';
import { sessionActor } from '@/server/authz/session-actor';
import { importParticipantStats, type ImportParticipantStatsResult } from '@/server/results/import-participant-stats';
import { saveAnnualReportNarrative, type SaveAnnualReportNarrativeInput } from '@/server/results/save-annual-report-narrative';
import { saveGoalEvaluation, type SaveGoalEvaluationInput } from '@/server/results/save-goal-evaluation';
import { saveIndicatorResult, type SaveIndicatorResultInput } from '@/server/results/save-indicator-result';
import { saveParticipantStats, type SaveParticipantStatsInput } from '@/server/results/save-participant-stats';
import { updateSocioEconomicSettings, type UpdateSocioEconomicSettingsInput } from '@/server/results/update-socio-economic-settings';
import { toActionFailure } from '@/server/kernel/to-action-failure';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { messages } from '@/i18n/catalog';

// Thin wrappers: the slug names the association, the session the actor; the use cases decide.

type Without<T> = Omit<T, 'associationId'> & { slug: string };

function revalidate(slug: string) {
  const base = `/forbund/${encodeURIComponent(slug)}`;
  revalidatePath(`${base}/resultat`, 'layout');
  revalidatePath(`${base}/rapporter`, 'layout');
}

export async function saveParticipantStatsAction(input: Without<SaveParticipantStatsInput>): Promise<ActionResult<{ id: string; version: number }, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await saveParticipantStats({ ...rest, associationId }, actor);
    revalidate(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** FormData so that the file travels as a file: fields slug, file, apply ("1" to write). */
export async function importParticipantStatsAction(form: FormData): Promise<ActionResult<ImportParticipantStatsResult>> {
  try {
    const slug = String(form.get('slug') ?? '');
    const { associationId, actor } = await sessionActor(slug);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) throw new FieldValidationError({ file: messages().results.import.noFile });
    const data = await importParticipantStats({ associationId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), apply: form.get('apply') === '1' }, actor);
    if (data.ok && data.applied) revalidate(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function saveIndicatorResultAction(input: Without<SaveIndicatorResultInput>): Promise<ActionResult<{ id: string; version: number }, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await saveIndicatorResult({ ...rest, associationId }, actor);
    revalidate(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function saveGoalEvaluationAction(input: Without<SaveGoalEvaluationInput>): Promise<ActionResult<{ id: string; version: number; outcome: string }, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await saveGoalEvaluation({ ...rest, associationId }, actor);
    revalidate(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function updateSocioEconomicSettingsAction(input: Without<UpdateSocioEconomicSettingsInput>): Promise<ActionResult<unknown, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await updateSocioEconomicSettings({ ...rest, associationId }, actor);
    revalidate(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function saveAnnualReportNarrativeAction(input: Without<SaveAnnualReportNarrativeInput>): Promise<ActionResult<{ id: string; version: number }, unknown>> {
  try {
    const { slug, ...rest } = input;
    const { associationId, actor } = await sessionActor(slug);
    const data = await saveAnnualReportNarrative({ ...rest, associationId }, actor);
    revalidate(slug);
    return { ok: true, data };
  } catch (error) {
    return toActionFailure(error);
  }
}
