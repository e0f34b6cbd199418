import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv';

describe('readCsv on malformed files', () => {
  it('reads ; or , and drops a BOM', () => {
    expect(readCsv('\ufeffTyp;Rad;Budget 2026\nKostnad;Hyra;100\n')).toEqual({
      ok: true,
      rows: [
        ['Typ', 'Rad', 'Budget 2026'],
        ['Kostnad', 'Hyra', '100'],
      ],
    });
    expect(readCsv('Typ,Rad,Budget 2026\r\nKostnad,"Hyra, lokal",100')).toEqual({
      ok: true,
      rows: [
        ['Typ', 'Rad', 'Budget 2026'],
        ['Kostnad', 'Hyra, lokal', '100'],
      ],
    });
  });

  it('keeps a wrong delimiter as one cell per line, for the parser to refuse with its row and column', () => {
    const read = readCsv('Typ\tRad\tBudget 2026\nKostnad\tHyra\t100\n');
    expect(read).toEqual({ ok: true, rows: [['Typ\tRad\tBudget 2026'], ['Kostnad\tHyra\t100']] });
  });

  it('refuses a quote that never closes, naming its row', () => {
    expect(readCsv('Typ;Rad;Budget 2026\nKostnad;"Hyra;100\nKostnad;El;5\n')).toEqual({
      ok: false,
      message:
        'Ett citattecken (") på rad 2 stängs aldrig: kontrollera att filen är en CSV-fil med ; eller , mellan fälten.',
    });
  });

  it('refuses 100 000 rows without overflowing the stack, and a file of nothing but line breaks', () => {
    expect(readCsv('Kostnad;Hyra;1\n'.repeat(100_000))).toEqual({
      ok: false,
      message: 'Filen har för många rader: högst 2000.',
    });
    expect(readCsv('a\n'.repeat(1_000_000))).toEqual({ ok: false, message: 'Filen har för många rader: högst 2000.' });
    expect(readCsv('\n'.repeat(1_000_000))).toEqual({ ok: false, message: 'Filen har för många rader: högst 2000.' });
    expect(readCsv('\n\n\n')).toEqual({ ok: false, message: 'Filen är tom.' });
  });

  it('refuses too many columns', () => {
    expect(readCsv(`${'a;'.repeat(100)}\n`)).toEqual({ ok: false, message: 'Filen har för många kolumner: högst 60.' });
  });
});
