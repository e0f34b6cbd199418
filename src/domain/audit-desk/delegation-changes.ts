import type { AuditAction } from '@/domain/audit/audit-actions';

/**
 * Changes to the delegation settings an auditor follows: the attestordning's limit and roles
 * (`settings.delegationChanged`, src/server/invoice/update-delegation-settings.ts), the
 * prisbasbelopp the limit follows (`priceBaseAmount.set`, set-price-base-amount.ts), and any
 * other settings change (`settings.*`) or role assignment change (`people.*`, `role.*`).
 */
export const DELEGATION_ACTIONS = [
  'settings.delegationChanged',
  'priceBaseAmount.set',
] as const satisfies readonly AuditAction[];
const DELEGATION_PREFIXES = ['settings.', 'priceBaseAmount.', 'people.role', 'role.'];

export function isDelegationChange(action: string): boolean {
  return (
    (DELEGATION_ACTIONS as readonly string[]).includes(action) ||
    DELEGATION_PREFIXES.some((prefix) => action.startsWith(prefix))
  );
}

export interface ChangeDescription {
  field: string;
  before: string | null;
  after: string | null;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The changed fields of an audit entry's data: `{ before: {…}, after: {…} }` field by field,
 * `{ year, before: "59200", after: "60000" }` (the prisbasbelopp's shape) as one field `amount {year}`.
 * Fields equal before and after are left out.
 */
export function describeChange(data: unknown): ChangeDescription[] {
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const before = record.before;
  const after = record.after;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    !!value && typeof value === 'object' && !Array.isArray(value);
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : {};
    const a = isObject(after) ? after : {};
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return fields
      .map((field) => ({ field, before: text(b[field]), after: text(a[field]) }))
      .filter((change) => change.before !== change.after);
  }
  if ('before' in record || 'after' in record) {
    const field = record.year !== undefined ? `amount ${text(record.year)}` : 'value';
    return text(before) === text(after) ? [] : [{ field, before: text(before), after: text(after) }];
  }
  return [];
}
