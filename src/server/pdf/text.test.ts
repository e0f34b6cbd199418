import { describe, expect, it } from 'vitest';
import { pdfText } from './text';

describe('pdfText', () => {
  it('keeps Swedish letters, §, the en dash and the no-break space', () => {
    expect(pdfText('Måndag § 7 – åäö ÅÄÖ é\u00a0kr')).toBe('Måndag § 7 – åäö ÅÄÖ é\u00a0kr');
  });

  it('writes what Helvetica lacks as plain text: minus, ≥ ≤, arrows, narrow spaces, tabs', () => {
    expect(pdfText('\u221212\u202f345 kr')).toBe('-12\u00a0345 kr');
    expect(pdfText('≥ 650 000, ≤ 20 %')).toBe('>= 650 000, <= 20 %');
    expect(pdfText('före → efter')).toBe('före - efter');
    expect(pdfText('a\tb')).toBe('a b');
  });

  it('prints any other character as ?, and keeps line breaks', () => {
    expect(pdfText('ok ✓\nnästa 😀')).toBe('ok ?\nnästa ?');
  });
});
