'use server';

import { messages } from '@/i18n/catalog';
import type { Actor } from '@/server/authz/session-actor';
import { associationAction, fresh } from '@/server/http/association-action';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { importParticipantStats } from '@/server/results/import-participant-stats';
import { saveAnnualReportNarrative } from '@/server/results/save-annual-report-narrative';
import { saveGoalEvaluation } from '@/server/results/save-goal-evaluation';
import { saveIndicatorResult } from '@/server/results/save-indicator-result';
import { saveParticipantStats } from '@/server/results/save-participant-stats';
import { updateSocioEconomicSettings } from '@/server/results/update-socio-economic-settings';

// The results pages and the reports built from them.
const options = { revalidate: ['/resultat', '/rapporter'], stale: fresh<unknown>() };

export const saveParticipantStatsAction = associationAction(saveParticipantStats, options);
export const saveIndicatorResultAction = associationAction(saveIndicatorResult, options);
export const saveGoalEvaluationAction = associationAction(saveGoalEvaluation, options);
export const updateSocioEconomicSettingsAction = associationAction(updateSocioEconomicSettings, options);
export const saveAnnualReportNarrativeAction = associationAction(saveAnnualReportNarrative, options);

// The file travels as a file, so this action takes the form (file, apply "1" to write); the
// session is checked before it is read, and only a written import changes the pages.
const importStats = associationAction(
  async ({ associationId, form }: { associationId: string; form: FormData }, actor: Actor) => {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      throw new FieldValidationError({ file: messages().results.import.noFile });
    return importParticipantStats(
      {
        associationId,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        apply: form.get('apply') === '1',
      },
      actor,
    );
  },
  { revalidate: options.revalidate, revalidateIf: (data) => data.ok && data.applied },
);

export async function importParticipantStatsAction(slug: string, form: FormData) {
  return importStats(slug, { form });
}
