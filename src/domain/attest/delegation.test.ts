import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { associationDay, delegationInForce, ownAttestRightFields, type DelegationChangeRow } from './delegation';
import type { Delegation } from './who-may-attest';

const baseline: Delegation = {
  directorAttestLimitPbb: new Decimal(1),
  attestAboveLimitRole: 'CHAIR',
  attestSubstituteRole: 'VICE_CHAIR',
  directorSubstituteRole: 'CHAIR',
};
const change = (effectiveFrom: string, patch: Partial<Delegation>, recordedAt = new Date('2026-01-01')) =>
  ({ ...baseline, ...patch, effectiveFrom, recordedAt }) satisfies DelegationChangeRow;

describe('delegationInForce: the delegation in force on a day', () => {
  const changes = [
    change('2026-03-12', { directorAttestLimitPbb: new Decimal('1.5') }),
    change('2026-09-10', { directorSubstituteRole: 'VICE_CHAIR', directorAttestLimitPbb: new Decimal('1.5') }),
  ];

  it('is the baseline before the first decided change', () => {
    expect(delegationInForce(baseline, changes, '2026-03-11')).toEqual(baseline);
  });

  it("is a change from its decision's date on, until the next one", () => {
    expect(delegationInForce(baseline, changes, '2026-03-12').directorAttestLimitPbb.toString()).toBe('1.5');
    expect(delegationInForce(baseline, changes, '2026-09-09').directorSubstituteRole).toBe('CHAIR');
    expect(delegationInForce(baseline, changes, '2026-09-10').directorSubstituteRole).toBe('VICE_CHAIR');
  });

  it('does not depend on the order the changes are given in; the later recorded wins on the same day', () => {
    const sameDay = [
      change('2026-05-01', { directorAttestLimitPbb: new Decimal(3) }, new Date('2026-05-02T10:00:00Z')),
      change('2026-05-01', { directorAttestLimitPbb: new Decimal(2) }, new Date('2026-05-01T10:00:00Z')),
    ];
    expect(delegationInForce(baseline, sameDay, '2026-06-01').directorAttestLimitPbb.toString()).toBe('3');
  });

  it("judges an instant by the association's calendar day (Swedish time)", () => {
    expect(associationDay(new Date('2026-03-11T23:30:00Z'))).toBe('2026-03-12');
  });
});

describe('ownAttestRightFields: nobody changes a rule that concerns their own attest right', () => {
  it("the director may not change the director's limit or the director's substitute", () => {
    const raised = { ...baseline, directorAttestLimitPbb: new Decimal(999) };
    expect(ownAttestRightFields(baseline, raised, ['DIRECTOR'])).toEqual(['directorAttestLimitPbb']);
    const otherSubstitute = { ...baseline, directorSubstituteRole: 'VICE_CHAIR' as const };
    expect(ownAttestRightFields(baseline, otherSubstitute, ['DIRECTOR'])).toEqual(['directorSubstituteRole']);
  });

  it('the administrator records the same decided change', () => {
    const raised = {
      ...baseline,
      directorAttestLimitPbb: new Decimal(2),
      directorSubstituteRole: 'VICE_CHAIR' as const,
    };
    expect(ownAttestRightFields(baseline, raised, ['ADMINISTRATOR'])).toEqual([]);
  });

  it('a role field concerns whoever holds the role before or after', () => {
    const swapped = {
      ...baseline,
      attestAboveLimitRole: 'VICE_CHAIR' as const,
      attestSubstituteRole: 'CHAIR' as const,
    };
    expect(ownAttestRightFields(baseline, swapped, ['VICE_CHAIR', 'BOARD_MEMBER'])).toEqual([
      'attestAboveLimitRole',
      'attestSubstituteRole',
    ]);
    expect(ownAttestRightFields(baseline, swapped, ['DIRECTOR'])).toEqual([]);
  });

  it('an unchanged field concerns nobody', () => {
    expect(ownAttestRightFields(baseline, { ...baseline }, ['DIRECTOR', 'CHAIR'])).toEqual([]);
  });
});
