import { parseKronor, type Kronor } from '../../money/kronor';

export type AmountCell =
  | { kind: 'empty' }
  | { kind: 'formula' }
  | { kind: 'amounts'; amounts: (Kronor | null)[] }
  | { kind: 'unreadable' }
  | { kind: 'twoExpected' };

function parseOne(text: string): Kronor | null | 'unreadable' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return parseKronor(trimmed.replace(/\s*sek\.?$/i, '')) ?? 'unreadable';
}

/**
 * One cell under a year header: "2 100 000 kr", "2 100 000 SEK", "- kr" (zero), empty (no amount);
 * under a two-year header "2 130 000/2 120 000". A text starting with "=" is a formula the file
 * holds without its value.
 */
export function parseAmountCell(text: string, yearCount: number): AmountCell {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.startsWith('=')) return { kind: 'formula' };
  const parts = yearCount === 1 ? [trimmed] : trimmed.split('/');
  if (parts.length !== yearCount) return yearCount === 1 ? { kind: 'unreadable' } : { kind: 'twoExpected' };
  const amounts = parts.map(parseOne);
  if (amounts.includes('unreadable')) return { kind: 'unreadable' };
  return { kind: 'amounts', amounts: amounts as (Kronor | null)[] };
}
