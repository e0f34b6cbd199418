/**
 * What an audit entry stores about a change (see docs/decisions/018-audit-trail-and-backup.md):
 * updates `{ before, after }` with only the fields that changed, creations `{ after }`,
 * deletions `{ before }`. Values are plain JSON: money as strings, dates as ISO text.
 */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };
export type AuditFields = Record<string, AuditValue>;

export interface AuditChange {
  before?: AuditFields;
  after?: AuditFields;
}

function same(a: AuditValue | undefined, b: AuditValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields that differ between two snapshots, each on both sides (a field missing on one side
 * counts as null there). Fields that are equal are left out, so an unchanged save gives `{}` twice.
 */
export function changedFields(before: AuditFields, after: AuditFields): { before: AuditFields; after: AuditFields } {
  const changed = { before: {} as AuditFields, after: {} as AuditFields };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    changed.before[key] = before[key] ?? null;
    changed.after[key] = after[key] ?? null;
  }
  return changed;
}

/** One changed field of an entry, as the history panel lists it. */
export interface FieldChange {
  field: string;
  before: AuditValue | undefined;
  after: AuditValue | undefined;
}

const isFields = (value: unknown): value is AuditFields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the changed fields back out of a stored entry's `data` (any shape: older entries or
 * other writers may lack before/after). Fields in the order they first appear.
 */
export function fieldChanges(data: unknown): FieldChange[] {
  if (!isFields(data)) return [];
  const before = isFields(data.before) ? data.before : {};
  const after = isFields(data.after) ? data.after : {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].map((field) => ({
    field,
    before: field in before ? before[field] : undefined,
    after: field in after ? after[field] : undefined,
  }));
}

/** The entry's other top-level keys (context such as planId, year, rule), without before and after. */
export function entryContext(data: unknown): AuditFields {
  if (!isFields(data)) return {};
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'before' && key !== 'after'));
}
