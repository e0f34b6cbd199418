import { sv } from './sv';

/** Every user-facing text goes through this catalog, so that English can follow. */
export type Messages = typeof sv;
export const catalogs = { sv } satisfies Record<string, Messages>;
export type Locale = keyof typeof catalogs;
export const defaultLocale: Locale = 'sv';

export function messages(locale: Locale = defaultLocale): Messages {
  return catalogs[locale];
}

/** Fills `{name}` placeholders: format('Hej {name}', { name: 'Anna' }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
