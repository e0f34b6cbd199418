import type { Prisma } from '@/generated/prisma/client';

type Plain = string | number | boolean | null;

function plain(value: unknown): Plain | Plain[] {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => plain(v) as Plain);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return String(value); // Decimal
  return value as Plain;
}

/** The audit entry's `{ before, after }` for the fields that changed (money and dates as strings). */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  keys: readonly string[],
): Prisma.InputJsonObject {
  const changed = keys.filter((key) => JSON.stringify(plain(before[key])) !== JSON.stringify(plain(after[key])));
  return {
    before: Object.fromEntries(changed.map((key) => [key, plain(before[key])])),
    after: Object.fromEntries(changed.map((key) => [key, plain(after[key])])),
  };
}

/** A row's fields as plain JSON for an audit entry's `before` or `after`. */
export function plainFields(row: Record<string, unknown>, keys: readonly string[]): Prisma.InputJsonObject {
  return Object.fromEntries(keys.map((key) => [key, plain(row[key])]));
}
