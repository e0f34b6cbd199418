import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSums } from './check-sums';
import { parseBudgetRows } from './parse-budget-rows';
import { readCsv } from './read-csv';

const context = {
  memberNames: ['Försäkringskassan', 'Arbetsförmedlingen', 'Region Gotland'],
  interventionNames: ['Jobbvägen A/R', 'Jobbvägen – Försteget till ordinarie verksamhet', 'Ung Vux Gotland'],
};
const fixture = readFileSync('tests/fixtures/finsamgotland-budget-2026.csv', 'utf8');

function rowsOf(text: string): string[][] {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.message);
  return read.rows;
}
const parse = (text: string) => parseBudgetRows(rowsOf(text), context);

describe('parseBudgetRows with FinsamGotland’s budget table', () => {
  const parsed = parse(fixture);
  const line = (name: string) => parsed.lines.find((l) => l.name === name)!;
  const amount = (name: string, year: number) =>
    line(name)
      .amounts.find((a) => a.year === year)
      ?.amount.toString();

  it('reads the columns from the header', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toEqual([
      { year: 2025, kind: 'BUDGET' },
      { year: 2026, kind: 'BUDGET' },
      { year: 2027, kind: 'PROGNOSIS' },
      { year: 2028, kind: 'PROGNOSIS' },
      { year: 2029, kind: 'PROGNOSIS' },
    ]);
  });

  it('makes a line of every row but the Summa rows, lönebidrag outside the total', () => {
    expect(parsed.lines.map((l) => l.name)).toEqual([
      'Försäkringskassan',
      'Region Gotland',
      'Lönebidrag',
      'Ränteintäkter',
      'Eget kapital',
      'Strukturell samverkan & kompetensutveckling',
      'Uppföljning & utvärdering',
      'Konsulttjänster',
      'Jobbvagen A/R',
      'Jobbvägen försteget',
      'Ung Vux Gotland',
      'Nya insatser',
      'Reserv eget kapital',
    ]);
    expect(line('Lönebidrag')).toMatchObject({ type: 'INCOME', category: 'OTHER_INCOME', outsideTotal: true });
    expect(parsed.sums.map((s) => s.name)).toEqual([
      'Summa Samverkansmedel',
      'TOTALT',
      'TOTALT Utvecklingsinsatser',
      'SUMMA KOSTNADER',
    ]);
  });

  it('guesses each line’s group and links members and interventions by name', () => {
    const groups = Object.fromEntries(parsed.lines.map((l) => [l.name, l.category]));
    expect(groups).toEqual({
      Försäkringskassan: 'MEMBER_CONTRIBUTION',
      'Region Gotland': 'MEMBER_CONTRIBUTION',
      Lönebidrag: 'OTHER_INCOME',
      Ränteintäkter: 'OTHER_INCOME',
      'Eget kapital': 'EQUITY',
      'Strukturell samverkan & kompetensutveckling': 'STRUCTURAL',
      'Uppföljning & utvärdering': 'STRUCTURAL',
      Konsulttjänster: 'STRUCTURAL',
      'Jobbvagen A/R': 'INTERVENTION',
      'Jobbvägen försteget': 'INTERVENTION',
      'Ung Vux Gotland': 'INTERVENTION',
      'Nya insatser': 'NEW_ACTIVITIES',
      'Reserv eget kapital': 'RESERVE',
    });
    expect(line('Region Gotland').memberName).toBe('Region Gotland');
    expect(line('Jobbvagen A/R').interventionName).toBe('Jobbvägen A/R');
    expect(line('Jobbvägen försteget').interventionName).toBe('Jobbvägen – Försteget till ordinarie verksamhet');
  });

  it('reads amounts with spaces and kr, "- kr" as zero and empty as no amount', () => {
    expect(amount('Försäkringskassan', 2026)).toBe('2100000');
    expect(amount('Ränteintäkter', 2029)).toBe('400');
    expect(amount('Jobbvagen A/R', 2027)).toBe('0');
    expect(amount('Konsulttjänster', 2026)).toBeUndefined();
    expect(line('Jobbvägen försteget').amounts).toHaveLength(4);
  });

  it('reports every Summa that does not match its lines, with both amounts', () => {
    const report = checkSums(parsed);
    const mismatches = report.mismatches.map((m) => `${m.name} ${m.year}: ${m.printed} ≠ ${m.computed}`);
    expect(mismatches).toContain('SUMMA KOSTNADER 2026: 5382447 ≠ 4757447');
    expect(mismatches).toContain('TOTALT Utvecklingsinsatser 2025: 3162166 ≠ 3361638');
    // The fixture lists no administration line, so every year's SUMMA KOSTNADER is off; nothing else is.
    expect(mismatches).toEqual([
      'TOTALT Utvecklingsinsatser 2025: 3162166 ≠ 3361638',
      'SUMMA KOSTNADER 2025: 4494166 ≠ 4011638',
      'SUMMA KOSTNADER 2026: 5382447 ≠ 4757447',
      'SUMMA KOSTNADER 2027: 4613325 ≠ 3960325',
      'SUMMA KOSTNADER 2028: 4135421 ≠ 2990421',
      'SUMMA KOSTNADER 2029: 4171800 ≠ 2955000',
    ]);
    expect(report.mismatches.find((m) => m.year === 2026)).toMatchObject({ row: 18, column: 4 });
    expect(report.matched).toBe(20 - 6);
    expect(report.notChecked).toEqual([]);
  });
});

describe('parseBudgetRows, other layouts', () => {
  it('reads "Prognos 2023/2024" as two years and "Budgetplan 2022" as a budget', () => {
    const parsed = parse(
      'Typ;Rad;Budgetplan 2022;Prognos 2023/2024\nKostnad;Ung Vux Gotland;2 000 000 kr;2 130 000/2 120 000\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toEqual([
      { year: 2022, kind: 'BUDGET' },
      { year: 2023, kind: 'PROGNOSIS' },
      { year: 2024, kind: 'PROGNOSIS' },
    ]);
    expect(parsed.lines[0]!.amounts.map((a) => `${a.kind} ${a.year} ${a.amount}`)).toEqual([
      'BUDGET 2022 2000000',
      'PROGNOSIS 2023 2130000',
      'PROGNOSIS 2024 2120000',
    ]);
  });

  it('reads a comma-separated file with quoted fields, a BOM, sek and no-break spaces', () => {
    const parsed = parse(
      '\ufeffTyp,Rad,Budget 2026,Utfall 2025\r\nIntäkt,"Ränteintäkter, bank","1\u00a0234,50 sek",500 SEK\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.lines[0]!.name).toBe('Ränteintäkter, bank');
    expect(parsed.lines[0]!.amounts.map((a) => `${a.kind} ${a.year} ${a.amount}`)).toEqual([
      'BUDGET 2026 1234.5',
      'OUTCOME 2025 500',
    ]);
  });

  it('refuses a file without a header row', () => {
    expect(parse('Intäkt;Försäkringskassan;2 100 000 kr\n').errors).toEqual([
      expect.objectContaining({ row: 1, column: 1, code: 'missingHeader' }),
    ]);
  });

  it('reports every error with its row and column', () => {
    const parsed = parse(
      [
        'Typ;Rad;Budget 2026;Prognos 2027;Budget 2026;Kvartal 3;Prognos 2028/2029',
        'Intäkt;Försäkringskassan;2 100 000 kr;två miljoner;;;1/2',
        'Utgift;Hyra;1 kr;;;;',
        ';Namnlös;1 kr;;;;',
        'Kostnad;;1 kr;;;;',
        'Kostnad;Kansli;=C3*2;;;;100',
        'Kostnad;Extra;1;;;;;5',
      ].join('\n'),
    );
    const at = parsed.errors.map((e) => `${e.row}:${e.column} ${e.code}`);
    expect(at).toEqual([
      '1:5 duplicateYear',
      '1:6 unknownColumn',
      '1:8 columnWithoutHeader',
      '2:4 unreadableAmount',
      '3:1 unknownType',
      '4:1 missingType',
      '5:2 missingName',
      '6:3 formulaWithoutValue',
      '6:7 twoAmountsExpected',
    ]);
    expect(parsed.errors[0]!.message).toBe('Året 2026 finns redan i en tidigare kolumn.');
    expect(parsed.errors.find((e) => e.code === 'unknownType')!.message).toContain('"Utgift"');
  });

  it('lists a Summa row it cannot compute as not checked, and a formula without value as not checked', () => {
    const parsed = parse(
      'Typ;Rad;Budget 2026\nKostnad;Reserv;650 000\nSumma;Summa övrigt;1\nSumma;SUMMA KOSTNADER;=SUM(C2)\n',
    );
    const report = checkSums(parsed);
    expect(report.notChecked.map((n) => `${n.row} ${n.reason}`)).toEqual(['3 UNKNOWN_NAME', '4 FORMULA_WITHOUT_VALUE']);
    expect(report.mismatches).toEqual([]);
  });

  it('allows a title row above the header', () => {
    const parsed = parse('Budget FinsamGotland;;\nTyp;Rad;Budget 2026\nKostnad;Reserv eget kapital;650 000 kr\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.lines[0]!.row).toBe(3);
  });
});

describe('readCsv', () => {
  it('refuses an empty file and too many rows', () => {
    expect(readCsv('\ufeff\n\n')).toMatchObject({ ok: false });
    expect(readCsv('Typ;Rad\n'.repeat(2001))).toMatchObject({ ok: false, message: expect.stringContaining('2000') });
  });
  it('keeps line breaks and quotes inside quoted fields', () => {
    expect(readCsv('a;"b ""x""\ny";c')).toEqual({ ok: true, rows: [['a', 'b "x"\ny', 'c']] });
  });
});
