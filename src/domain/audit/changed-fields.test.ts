import { describe, expect, it } from 'vitest';
import { changedFields, entryContext, fieldChanges } from './changed-fields';

describe('changedFields', () => {
  it('keeps only the fields that changed, on both sides', () => {
    expect(
      changedFields(
        { name: 'Kansli', note: '', outsideTotal: false },
        { name: 'Kansliet', note: '', outsideTotal: true },
      ),
    ).toEqual({
      before: { name: 'Kansli', outsideTotal: false },
      after: { name: 'Kansliet', outsideTotal: true },
    });
  });

  it('treats a missing field as null and compares nested values by content', () => {
    expect(changedFields({ amount: '625000.00' }, { amount: '625000.00', paidAt: '2026-11-20' })).toEqual({
      before: { paidAt: null },
      after: { paidAt: '2026-11-20' },
    });
    expect(changedFields({ tags: ['a', 'b'] }, { tags: ['a', 'b'] })).toEqual({ before: {}, after: {} });
  });
});

describe('fieldChanges and entryContext', () => {
  it('read before/after and the rest of an entry', () => {
    const data = { planId: 'p1', year: 2027, before: { amount: '1.00' }, after: { amount: '2.00', status: 'X' } };
    expect(fieldChanges(data)).toEqual([
      { field: 'amount', before: '1.00', after: '2.00' },
      { field: 'status', before: undefined, after: 'X' },
    ]);
    expect(entryContext(data)).toEqual({ planId: 'p1', year: 2027 });
  });

  it('tolerate entries without data or of another shape', () => {
    expect(fieldChanges(null)).toEqual([]);
    expect(fieldChanges(['x'])).toEqual([]);
    expect(entryContext(undefined)).toEqual({});
  });
});
