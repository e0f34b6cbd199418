import Decimal from 'decimal.js';
import { ZERO, type Kronor } from '../money/kronor';

export type MemberKind = 'FK' | 'AF' | 'REGION' | 'MUNICIPALITY';
export type MunicipalSplitKey = 'EQUAL' | 'POPULATION' | 'FIXED_PERCENT';

export interface SplitMember {
  id: string;
  kind: MemberKind;
  name: string;
  population: number | null;
  /** Share of the municipalities' quarter, in percent (FIXED_PERCENT). */
  splitPercent: Kronor | null;
}

export interface SplitSettings {
  regionHoldsMunicipalRole: boolean;
  municipalSplitKey: MunicipalSplitKey;
}

export type SplitKeyProblem =
  | { kind: 'POPULATION_MISSING'; memberName: string }
  | { kind: 'PERCENT_MISSING'; memberName: string }
  | { kind: 'PERCENT_SUM'; sum: Kronor };

export interface ExpectedContribution {
  memberId: string;
  expected: Kronor;
}

export interface ExpectedContributions {
  /** FK's own amount first, then the regions and municipalities, in the members' order. */
  contributions: ExpectedContribution[];
  /** When the municipal key cannot be applied, the municipalities get no expected amount. */
  problems: SplitKeyProblem[];
}

/**
 * Finsamlagen 5 §: the state (FK) pays half; the regions a quarter and the municipalities together
 * a quarter, or the regions the whole other half when a region also holds the municipal role.
 * The state amount is the input. Several regions share their part equally; the municipalities split
 * theirs by the association's key. Exact shares are rounded to whole kronor (öre when the state
 * amount has öre) by largest remainder over all the other members together, so that they sum to
 * exactly the state amount; ties go to the member listed first.
 */
export function expectedContributions(
  stateAmount: Kronor,
  members: readonly SplitMember[],
  settings: SplitSettings,
): ExpectedContributions {
  const fk = members.filter((m) => m.kind === 'FK');
  const regions = members.filter((m) => m.kind === 'REGION');
  const municipalities = settings.regionHoldsMunicipalRole ? [] : members.filter((m) => m.kind === 'MUNICIPALITY');
  const problems: SplitKeyProblem[] = [];

  const otherHalf = stateAmount;
  const regionPart = municipalities.length === 0 ? otherHalf : otherHalf.div(2);
  const municipalPart = otherHalf.minus(regionPart);

  const exact: { memberId: string; share: Kronor }[] = regions.map((r) => ({
    memberId: r.id,
    share: regionPart.div(regions.length),
  }));
  const weights = municipalWeights(municipalities, settings.municipalSplitKey, problems);
  if (weights) {
    const total = weights.reduce((acc, w) => acc.plus(w.weight), ZERO);
    for (const w of weights)
      exact.push({ memberId: w.memberId, share: total.isZero() ? ZERO : municipalPart.mul(w.weight).div(total) });
  }

  const unit = stateAmount.isInteger() ? new Decimal(1) : new Decimal('0.01');
  const distributed = exact.reduce((acc, e) => acc.plus(e.share), ZERO);
  const target = distributed.toNearest(unit, Decimal.ROUND_HALF_UP);
  const rounded = largestRemainder(exact, target, unit);

  const contributions = [...fk.slice(0, 1).map((m) => ({ memberId: m.id, expected: stateAmount })), ...rounded];
  return { contributions, problems };
}

function municipalWeights(
  municipalities: readonly SplitMember[],
  key: MunicipalSplitKey,
  problems: SplitKeyProblem[],
): { memberId: string; weight: Kronor }[] | null {
  if (municipalities.length === 0) return [];
  if (key === 'EQUAL') return municipalities.map((m) => ({ memberId: m.id, weight: new Decimal(1) }));
  if (key === 'POPULATION') {
    const missing = municipalities.filter((m) => !m.population || m.population <= 0);
    missing.forEach((m) => problems.push({ kind: 'POPULATION_MISSING', memberName: m.name }));
    return missing.length > 0
      ? null
      : municipalities.map((m) => ({ memberId: m.id, weight: new Decimal(m.population!) }));
  }
  const missing = municipalities.filter((m) => m.splitPercent === null);
  missing.forEach((m) => problems.push({ kind: 'PERCENT_MISSING', memberName: m.name }));
  if (missing.length > 0) return null;
  const sum = municipalities.reduce((acc, m) => acc.plus(m.splitPercent!), ZERO);
  if (!sum.equals(100)) {
    problems.push({ kind: 'PERCENT_SUM', sum });
    return null;
  }
  return municipalities.map((m) => ({ memberId: m.id, weight: m.splitPercent! }));
}

function largestRemainder(
  exact: { memberId: string; share: Kronor }[],
  target: Kronor,
  unit: Kronor,
): ExpectedContribution[] {
  const floored = exact.map((e, index) => {
    const expected = e.share.toNearest(unit, Decimal.ROUND_DOWN);
    return { index, memberId: e.memberId, expected, remainder: e.share.minus(expected) };
  });
  let left = target.minus(floored.reduce((acc, f) => acc.plus(f.expected), ZERO));
  const byRemainder = [...floored].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const f of byRemainder) {
    if (left.lessThan(unit)) break;
    f.expected = f.expected.plus(unit);
    left = left.minus(unit);
  }
  return floored.map(({ memberId, expected }) => ({ memberId, expected }));
}

export interface ContributionLine {
  name: string;
  category: string;
  type: 'INCOME' | 'COST';
  outsideTotal: boolean;
  memberId: string | null;
  amounts: ReadonlyMap<number, Kronor>;
}

export interface MemberSplitCheck {
  memberId: string;
  memberName: string;
  kind: MemberKind;
  /** Null when the municipal key cannot be applied (see `problems`). */
  expected: Kronor | null;
  actual: Kronor;
  holds: boolean;
}

export interface FundingSplitYear {
  year: number;
  stateAmount: Kronor;
  members: MemberSplitCheck[];
  /** Member-contribution lines without a member, with an amount this year. */
  unlinked: { name: string; amount: Kronor }[];
  holds: boolean;
}

export interface FundingSplitCheck {
  years: FundingSplitYear[];
  problems: SplitKeyProblem[];
}

/**
 * Compares the member-contribution lines (by their member) with the split of the state amount,
 * year by year. AF is listed only when a contribution is budgeted for it (it pays nothing directly).
 */
export function checkFundingSplit(
  lines: readonly ContributionLine[],
  members: readonly SplitMember[],
  settings: SplitSettings,
  years: readonly number[],
): FundingSplitCheck {
  const contributionLines = lines.filter((l) => l.category === 'MEMBER_CONTRIBUTION' && !l.outsideTotal);
  const actualOf = (memberId: string, year: number) =>
    contributionLines
      .filter((l) => l.memberId === memberId)
      .reduce((acc, l) => acc.plus(l.amounts.get(year) ?? ZERO), ZERO);
  const fkIds = new Set(members.filter((m) => m.kind === 'FK').map((m) => m.id));
  let problems: SplitKeyProblem[] = [];

  const result = years.map((year) => {
    const stateAmount = contributionLines
      .filter((l) => l.memberId !== null && fkIds.has(l.memberId))
      .reduce((acc, l) => acc.plus(l.amounts.get(year) ?? ZERO), ZERO);
    const expected = expectedContributions(stateAmount, members, settings);
    problems = expected.problems;
    const checks: MemberSplitCheck[] = members.flatMap((member) => {
      const actual = actualOf(member.id, year);
      const found = expected.contributions.find((c) => c.memberId === member.id);
      const keyMissing = member.kind === 'MUNICIPALITY' && !settings.regionHoldsMunicipalRole && !found;
      const expectedAmount = found ? found.expected : keyMissing ? null : ZERO;
      if (member.kind === 'AF' && actual.isZero()) return [];
      const holds = expectedAmount === null || expectedAmount.equals(actual);
      return [
        { memberId: member.id, memberName: member.name, kind: member.kind, expected: expectedAmount, actual, holds },
      ];
    });
    const unlinked = contributionLines
      .filter((l) => l.memberId === null || !members.some((m) => m.id === l.memberId))
      .map((l) => ({ name: l.name, amount: l.amounts.get(year) ?? ZERO }))
      .filter((u) => !u.amount.isZero());
    return {
      year,
      stateAmount,
      members: checks,
      unlinked,
      holds: checks.every((c) => c.holds) && unlinked.length === 0,
    };
  });
  return { years: result, problems };
}
