/**
 * An association's address and identity as the system administrator creates it: the slug (its part
 * of every URL, /forbund/<slug>) and the organisation number.
 */

export const SLUG_MAX_LENGTH = 60;

/** A slug proposed from the name: lower-case a–z, 0–9 and dashes (å, ä → a, ö → o, other letters without accents). */
export function proposeSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

export type SlugProblem = 'EMPTY' | 'FORMAT' | 'TOO_LONG';

/** Lower-case a–z and 0–9 in words joined by single dashes. */
export function checkSlug(slug: string): SlugProblem | null {
  if (slug === '') return 'EMPTY';
  if (slug.length > SLUG_MAX_LENGTH) return 'TOO_LONG';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return 'FORMAT';
  return null;
}

/** Organisation number as NNNNNN-NNNN (Skatteverket's form); also accepts it without the dash. Null when it is not one. */
export function normalizeOrgNumber(input: string): string | null {
  const match = /^(\d{6})-?(\d{4})$/.exec(input.trim());
  return match ? `${match[1]}-${match[2]}` : null;
}
