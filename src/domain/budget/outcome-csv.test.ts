import { describe, expect, it } from 'vitest';
import { readOutcomeCsv } from './outcome-csv';

const lines = [
  { id: 'fk', name: 'Försäkringskassan' },
  { id: 'uf', name: 'Uppföljning & utvärdering' },
];
const HEADER = 'Rad;Jan;Feb;Mar;Apr;Maj;Jun;Jul;Aug;Sep;Okt;Nov;Dec';

describe('readOutcomeCsv', () => {
  it('reads sv-SE amounts per line and month, skipping empty cells', () => {
    const result = readOutcomeCsv(
      `${HEADER}\nförsäkringskassan;175 000;175\u00a0000 kr;;;;;;;;;;\n"Uppföljning & utvärdering";1 250,50;-\n`,
      lines,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => `${e.lineId} ${e.month} ${e.amount.toString()}`)).toEqual([
      'fk 1 175000',
      'fk 2 175000',
      'uf 1 1250.5',
      'uf 2 0',
    ]);
  });

  it('reports unknown lines and unreadable amounts with row and column, and nothing else', () => {
    const result = readOutcomeCsv(`${HEADER}\nOkänd rad;1\nFörsäkringskassan;1;tio`, lines);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'Rad', kind: 'UNKNOWN_LINE', value: 'Okänd rad' },
        { row: 3, column: 'Feb', kind: 'AMOUNT', value: 'tio' },
      ],
    });
  });

  it('refuses an empty file as the budget import does', () => {
    expect(readOutcomeCsv('', lines)).toMatchObject({ ok: false, errors: [{ row: 1, kind: 'FILE' }] });
  });

  it('refuses a file without the month header', () => {
    expect(readOutcomeCsv('Namn;Belopp\nX;1', lines)).toMatchObject({
      ok: false,
      errors: [{ row: 1, kind: 'HEADER' }],
    });
  });
});
