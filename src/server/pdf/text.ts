// Helvetica in pdfkit is WinAnsi: Latin-1 plus these. Anything else would print as garbage.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text as Helvetica (WinAnsi) can print it, the one cleaner for every PDF: å ä ö é, §, – and the
 * no-break space as they are; the minus sign and hyphens as '-', ≥ ≤ as >= <=, arrows as '-',
 * narrow and thin spaces as a no-break space (so "12 345 kr" stays on one line), a tab as a space,
 * anything else as '?'.
 */
export function pdfText(text: string): string {
  let out = '';
  const plain = text
    .replace(/[\u2212\u2010\u2011]/g, '-')
    .replace(/\u2265/g, '>=')
    .replace(/\u2264/g, '<=')
    .replace(/[\u2192\u2190]/g, '-')
    .replace(/[\u202f\u2009]/g, '\u00a0');
  for (const char of plain) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char))
      out += char;
    else if (code === 0x09) out += ' ';
    else out += '?';
  }
  return out;
}
