import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { SplitMember } from '@/domain/budget/funding-split';
import { defaultRules, inForceFor, isMemberIn, type AssociationRuleValues } from '@/domain/settings/association-rules';
import { toKronor, toKronorOrNull } from '@/server/money/to-kronor';
import type { Db } from '@/server/kernel/deps';

export interface RulesForYear extends AssociationRuleValues {
  /** The stored row in force (null: none stored, the defaults apply). */
  id: string | null;
  effectiveFromYear: number | null;
  version: number | null;
}

const select = {
  id: true,
  effectiveFromYear: true,
  version: true,
  regionHoldsMunicipalRole: true,
  municipalSplitKey: true,
  equityFloor: true,
  prognosisYears: true,
  adoptionDeadlineMonth: true,
  adoptionDeadlineDay: true,
  quorumRule: true,
  quorumFixedCount: true,
  noticeBoardText: true,
  noticeBoardUrl: true,
  decisionsNeedAdjustedMinutes: true,
  equityCapTiers: { orderBy: { order: 'asc' }, select: { upTo: true, percent: true } },
} satisfies Prisma.AssociationRulesSelect;

/**
 * The förbundsordning's rules for `year` (ADR 031): every reader (budget, dashboard, plan workflow,
 * reminders, quorum, copy to a new year) asks for the year in question, so past years keep their rules.
 */
export async function loadAssociationRules(db: Db, associationId: string, year: number): Promise<RulesForYear> {
  const rows = await db.associationRules.findMany({ where: { associationId }, select });
  return rulesForYear(rows, year);
}

/** The same for several associations at once (the reminder job), each for its own year. */
export async function loadAssociationRulesByAssociation(
  db: Db,
  associationIds: readonly string[],
  year: number,
): Promise<Map<string, RulesForYear>> {
  const rows = await db.associationRules.findMany({
    where: { associationId: { in: [...associationIds] } },
    select: { ...select, associationId: true },
  });
  return new Map(
    associationIds.map((id) => [
      id,
      rulesForYear(
        rows.filter((r) => r.associationId === id),
        year,
      ),
    ]),
  );
}

type Row = Prisma.AssociationRulesGetPayload<{ select: typeof select }>;

function rulesForYear(rows: readonly Row[], year: number): RulesForYear {
  const row = inForceFor(rows, year, (r) => r.effectiveFromYear);
  if (!row) return { ...defaultRules(), id: null, effectiveFromYear: null, version: null };
  return {
    id: row.id,
    effectiveFromYear: row.effectiveFromYear,
    version: row.version,
    regionHoldsMunicipalRole: row.regionHoldsMunicipalRole,
    municipalSplitKey: row.municipalSplitKey,
    equityFloor: toKronor(row.equityFloor),
    capTiers:
      row.equityCapTiers.length > 0
        ? row.equityCapTiers.map((t) => ({ upTo: toKronorOrNull(t.upTo), percent: toKronor(t.percent) }))
        : defaultRules().capTiers,
    prognosisYears: row.prognosisYears,
    adoptionDeadlineMonth: row.adoptionDeadlineMonth,
    adoptionDeadlineDay: row.adoptionDeadlineDay,
    quorumRule: row.quorumRule,
    quorumFixedCount: row.quorumFixedCount,
    noticeBoardText: row.noticeBoardText,
    noticeBoardUrl: row.noticeBoardUrl,
    decisionsNeedAdjustedMinutes: row.decisionsNeedAdjustedMinutes,
  };
}

export interface MemberForYear extends SplitMember {
  /** The year the key figures come from (null: none stored). */
  keyYear: number | null;
}

/**
 * The association's members in `year` (joined by then, not left before it), in their order, each with
 * the key figures in force that year (that year's, else the latest earlier year's).
 */
export async function loadMembersForYear(db: Db, associationId: string, year: number): Promise<MemberForYear[]> {
  const members = await db.member.findMany({
    where: { associationId },
    orderBy: [{ order: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      kind: true,
      name: true,
      joinedYear: true,
      leftYear: true,
      keyFigures: { select: { year: true, population: true, splitPercent: true } },
    },
  });
  return members
    .filter((m) => isMemberIn(m, year))
    .map((m) => {
      const figure = inForceFor(m.keyFigures, year, (f) => f.year);
      return {
        id: m.id,
        kind: m.kind,
        name: m.name,
        population: figure?.population ?? null,
        splitPercent: toKronorOrNull(figure?.splitPercent),
        keyYear: figure?.year ?? null,
      };
    });
}
