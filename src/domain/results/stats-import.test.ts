import { describe, expect, it } from 'vitest';
import { parsePeriodText, parseStatsRows, templateColumns, templateRows } from './stats-import';
import { toCsv } from '@/domain/csv/write-csv';

const context = { ageBandLimits: [20, 30], interventions: [{ id: 'i1', name: 'Ung Vux Gotland' }] };
const header = templateColumns([20, 30]).map((c) => c.header);
//                 intervention period  W   M  O  <20 20-29 30+ new act end work stud wage mem ill own oth step note
const good = [
  'Ung Vux Gotland',
  '2026-K1',
  '6',
  '4',
  '0',
  '2',
  '3',
  '5',
  '3',
  '10',
  '2',
  '1',
  '1',
  '0',
  '0',
  '0',
  '0',
  '0',
  '4',
  '',
];

describe('stats import', () => {
  it('reads periods as the template writes them', () => {
    expect(parsePeriodText('2026-03')).toEqual({ periodKind: 'MONTH', year: 2026, period: 3 });
    expect(parsePeriodText('2026-K2')).toEqual({ periodKind: 'QUARTER', year: 2026, period: 2 });
    expect(parsePeriodText('2026 q4')).toEqual({ periodKind: 'QUARTER', year: 2026, period: 4 });
    expect(parsePeriodText('2026')).toEqual({ periodKind: 'YEAR', year: 2026, period: 1 });
    expect(parsePeriodText('2026-13')).toBeNull();
    expect(parsePeriodText('K1')).toBeNull();
  });

  it('reads a filled template row and skips unfilled ones', () => {
    const rows = templateRows([20, 30], ['Ung Vux Gotland'], ['2026-K1', '2026-K2']);
    rows[1] = good;
    const result = parseStatsRows(rows, context);
    expect(result.ok).toBe(true);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({
      interventionId: 'i1',
      periodKind: 'QUARTER',
      period: 1,
      activeCount: 10,
      ageBandCounts: [2, 3, 5],
      row: 2,
    });
  });

  it('reports the consistency checks with row and column', () => {
    const bad = [...good];
    bad[11] = '2'; // endedWork 2: reasons 3 ≠ ended 2
    const result = parseStatsRows([header, good, ['Ung Vux Gotland', '2026-K2', ...bad.slice(2)]], context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ row: 3, column: 11, message: 'Avslutade per orsak blir 3, men avslutade är 2.' }]);
  });

  it('reports unknown interventions, bad periods, bad counts, names and duplicates', () => {
    const rows = [
      header,
      ['Okänd insats', ...good.slice(1)],
      ['Ung Vux Gotland', '2026-K9', ...good.slice(2)],
      ['Ung Vux Gotland', '2026-K3', 'sex', ...good.slice(3)],
      [...good.slice(0, 19), 'Anna Andersson avslutade'],
      good,
      good,
    ];
    const result = parseStatsRows(rows, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 20],
      [7, 2],
    ]);
  });

  it('refuses a file whose header is not the template’s', () => {
    const result = parseStatsRows([['Insats', 'Period', 'Namn'], good], context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ row: 1, column: 3 });
  });

  it('writes CSV with ; and quotes', () => {
    expect(
      toCsv([
        ['a', 'b;c'],
        ['"x"', ''],
      ]),
    ).toBe('a;"b;c"\r\n"""x""";\r\n');
  });
});
