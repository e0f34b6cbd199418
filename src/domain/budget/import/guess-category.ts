import type { BudgetCategory } from '../types';
import { fold, type LineTypeKey } from './layout';
import type { ImportContext } from './types';

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** "Jobbvägen försteget" names "Jobbvägen – Försteget till ordinarie verksamhet": every word of the shorter is in the longer. */
function sameThing(lineName: string, candidate: string): boolean {
  const a = words(lineName);
  const b = words(candidate);
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return shorter.every((word) => longer.has(word));
}

export function findByName(lineName: string, candidates: readonly string[]): string | null {
  return (
    candidates.find((candidate) => fold(candidate) === fold(lineName)) ??
    candidates.find((candidate) => sameThing(lineName, candidate)) ??
    null
  );
}

export interface CategoryGuess {
  category: BudgetCategory;
  memberName: string | null;
  interventionName: string | null;
}

/** The group a line most likely belongs to, from its type and name; the director can move it afterwards. */
export function guessCategory(type: Exclude<LineTypeKey, 'SUM'>, name: string, context: ImportContext): CategoryGuess {
  const none = { memberName: null, interventionName: null };
  if (type === 'EQUITY') return { category: 'EQUITY', ...none };
  if (type === 'INCOME_OUTSIDE_TOTAL') return { category: 'OTHER_INCOME', ...none };
  if (type === 'INCOME') {
    const memberName = findByName(name, context.memberNames);
    return memberName
      ? { category: 'MEMBER_CONTRIBUTION', memberName, interventionName: null }
      : { category: 'OTHER_INCOME', ...none };
  }
  const folded = fold(name);
  if (folded.startsWith('reserv')) return { category: 'RESERVE', ...none };
  if (folded.startsWith('nya insatser')) return { category: 'NEW_ACTIVITIES', ...none };
  if (/administration|kansli|personal/.test(folded)) return { category: 'ADMINISTRATION', ...none };
  const interventionName = findByName(name, context.interventionNames);
  if (interventionName) return { category: 'INTERVENTION', memberName: null, interventionName };
  return { category: 'STRUCTURAL', ...none };
}
