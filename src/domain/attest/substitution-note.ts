/** The shortest note a substitute may give for attesting in place of another. */
export const MIN_SUBSTITUTION_NOTE_LENGTH = 20;

/**
 * Is this a note of real length: at least 20 characters besides whitespace, and not one
 * character or a short pattern repeated ("xxxxxxxxxxxxxxxxxxxxxx", "abababab…"): at least five
 * different letters or digits.
 */
export function isRealNote(note: string): boolean {
  const compact = note.replace(/\s+/g, '');
  if (compact.length < MIN_SUBSTITUTION_NOTE_LENGTH) return false;
  const distinct = new Set(compact.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []);
  return distinct.size >= 5;
}
