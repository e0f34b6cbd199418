import 'server-only';
import { z } from 'zod';
import { findPersonalData } from '@/domain/results/personal-data-guard';
import { DEFAULT_MONTHLY_TOTAL, DEFAULT_MONTHS } from '@/domain/results/socio-economic';
import type { Prisma } from '@/generated/prisma/client';
import { messages } from '@/i18n/catalog';
import { toKronor } from '@/server/money/to-kronor';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import type { Kronor } from '@/domain/money/kronor';
import type { Db } from '@/server/kernel/deps';

const t = () => messages().results;

export const year = z.coerce.number().int().min(2000).max(2100);
export const count = z.coerce
  .number({ error: () => t().checks.notACount })
  .int({ error: () => t().checks.notACount })
  .min(0, { error: () => t().checks.notACount })
  .max(1_000_000, { error: () => t().checks.notACount });

/** Free text that may hold no name, personal identity number or e-mail address (see the personal-data guard). */
export function freeText(max: number, tooLong: () => string) {
  return z
    .string()
    .max(max, { error: tooLong })
    .transform((text) => text.trim())
    .superRefine((text, ctx) => {
      const finding = findPersonalData(text);
      if (finding) ctx.addIssue({ code: 'custom', message: t().personalData[finding.kind] });
    });
}

export interface ResultsSettings {
  monthly: Kronor;
  months: number;
  ageBandLimits: number[];
  /** Null when the association has no settings row yet (defaults apply). */
  version: number | null;
}

export async function loadResultsSettings(db: Db, associationId: string): Promise<ResultsSettings> {
  const row = await db.associationSettings.findUnique({
    where: { associationId },
    select: { socioEconomicMonthly: true, socioEconomicMonths: true, ageBandLimits: true, version: true },
  });
  if (!row) return { monthly: DEFAULT_MONTHLY_TOTAL, months: DEFAULT_MONTHS, ageBandLimits: [20, 30], version: null };
  return {
    monthly: toKronor(row.socioEconomicMonthly),
    months: row.socioEconomicMonths,
    ageBandLimits: row.ageBandLimits,
    version: row.version,
  };
}

export const STATS_SELECT = {
  id: true,
  interventionId: true,
  periodKind: true,
  year: true,
  period: true,
  women: true,
  men: true,
  otherOrUnknown: true,
  ageBandCounts: true,
  newCount: true,
  activeCount: true,
  endedCount: true,
  endedWork: true,
  endedStudies: true,
  endedWageSubsidy: true,
  endedMemberService: true,
  endedIllness: true,
  endedOwnWish: true,
  endedOther: true,
  stepMovement: true,
  note: true,
  version: true,
} as const satisfies Prisma.ParticipantStatsSelect;

/** The association's intervention the results are for; another association's is refused as a field error. */
export async function loadResultsIntervention(db: Db, associationId: string, interventionId: string) {
  const intervention = await db.intervention.findFirst({
    where: { id: interventionId, associationId },
    select: { id: true, name: true },
  });
  if (!intervention) throw new FieldValidationError({ interventionId: messages().results.interventionNotFound });
  return intervention;
}
