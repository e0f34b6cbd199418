import { describe, expect, it } from 'vitest';
import { describeChange, isDelegationChange } from './delegation-changes';

describe('isDelegationChange', () => {
  it('takes the attest settings and the prisbasbelopp, not invoices or budget', () => {
    expect(isDelegationChange('settings.delegationChanged')).toBe(true);
    expect(isDelegationChange('priceBaseAmount.set')).toBe(true);
    expect(isDelegationChange('settings.quorumChanged')).toBe(true);
    expect(isDelegationChange('invoice.attested')).toBe(false);
    expect(isDelegationChange('budget.cellSaved')).toBe(false);
  });
});

describe('describeChange', () => {
  it('lists the changed fields of before/after objects', () => {
    const data = {
      before: { directorAttestLimitPbb: '1', vatRate: '0.25', attestAboveLimitRole: 'CHAIR' },
      after: { directorAttestLimitPbb: '1.5', vatRate: '0.25', attestAboveLimitRole: 'CHAIR' },
    };
    expect(describeChange(data)).toEqual([{ field: 'directorAttestLimitPbb', before: '1', after: '1.5' }]);
  });

  it('reads the prisbasbelopp shape: year with plain before and after', () => {
    expect(describeChange({ year: 2027, before: null, after: '60000' })).toEqual([
      { field: 'amount 2027', before: null, after: '60000' },
    ]);
  });

  it('answers nothing for data it does not know', () => {
    expect(describeChange(null)).toEqual([]);
    expect(describeChange({ supplier: 'X' })).toEqual([]);
  });
});
