import { describe, expect, it } from 'vitest';
import { describeAction, fieldLabel, formatAuditValue } from './format-audit-value';

const NBSP = '\u00a0';

describe('formatAuditValue', () => {
  it('shows money in sv-SE kronor, other numbers as they are', () => {
    expect(formatAuditValue('amount', '2100000')).toBe(`2${NBSP}100${NBSP}000${NBSP}kr`);
    expect(formatAuditValue('amountInclVat', '1000.50')).toBe(`1${NBSP}000,50${NBSP}kr`);
    expect(formatAuditValue('Region Gotland 2027', '2000000')).toBe(`2${NBSP}000${NBSP}000${NBSP}kr`);
    expect(formatAuditValue('order', 3)).toBe('3');
    expect(formatAuditValue('directorAttestLimitPbb', '1.5')).toBe('1.5');
    expect(formatAuditValue('vatRate', '0.25')).toBe('25 %');
  });

  it('names enums, booleans and empty values in Swedish', () => {
    expect(formatAuditValue('status', 'ATTESTED')).toBe('Attesterad');
    expect(formatAuditValue('status', 'ADOPTED')).toBe('Antagen');
    expect(formatAuditValue('category', 'ADMINISTRATION')).not.toBe('ADMINISTRATION');
    expect(formatAuditValue('outsideTotal', true)).toBe('Ja');
    expect(formatAuditValue('paidAt', null)).toBe('–');
    expect(formatAuditValue('note', '')).toBe('–');
  });

  it('lists a removed line’s amounts', () => {
    expect(formatAuditValue('amounts', [{ year: 2027, kind: 'BUDGET', amount: '1500.5' }])).toBe(
      `budget 2027: 1${NBSP}500,50${NBSP}kr`,
    );
  });
});

describe('describeAction and fieldLabel', () => {
  it('say what happened and to which cell', () => {
    expect(describeAction('budget.cellSaved', { planId: 'p', year: 2027, kind: 'PROGNOSIS' })).toBe(
      'Belopp ändrat · Prognos 2027',
    );
    expect(describeAction('budgetOutcome.saved', { year: 2026, month: 3 })).toBe('Utfall ändrat · 2026-03');
    expect(describeAction('something.new', {})).toBe('something.new');
    expect(fieldLabel('amountInclVat')).toBe('Belopp inkl. moms');
    expect(fieldLabel('Region Gotland 2027')).toBe('Region Gotland 2027');
  });
});
