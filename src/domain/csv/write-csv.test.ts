import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, toCsv } from './write-csv';

describe('the CSV writer', () => {
  it('quotes a field only when it must', () => {
    expect(csvField('Region Gotland')).toBe('Region Gotland');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('säger "nej"')).toBe('"säger ""nej"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('ends every row with CRLF and starts the file with a BOM', () => {
    expect(
      toCsv([
        ['Typ', 'Namn'],
        ['Intäkt', 'Försäkringskassan'],
      ]),
    ).toBe('Typ;Namn\r\nIntäkt;Försäkringskassan\r\n');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes([['å']]))).toBe('\ufeffå\r\n');
  });
});
