import { format, messages } from '@/i18n/catalog';

/** "16–64 år", "från 16 år", "upp till 20 år", or "Ej angivet". */
export function ageRangeText(group: { ageMin: number | null; ageMax: number | null }): string {
  const t = messages().areas;
  const { ageMin: min, ageMax: max } = group;
  if (min != null && max != null) return format(t.goals.ageBetween, { min, max });
  if (min != null) return format(t.goals.ageFrom, { min });
  if (max != null) return format(t.goals.ageUpTo, { max });
  return t.notSet;
}
