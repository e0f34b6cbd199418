import type { AuditFields, AuditValue } from '@/domain/audit/changed-fields';
import { formatKronor } from '@/domain/money/kronor';
import { auditActionLabel } from '@/i18n/audit-action-label';
import { messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';

/** Numeric text that is not money (money is stored as text, everything else numeric as numbers or here). */
const NOT_MONEY = new Set([
  'year',
  'month',
  'versionNumber',
  'order',
  'lineCount',
  'directorAttestLimitPbb',
  'sizeBytes',
  'budgetLines',
  'invoiceNumber',
  'vatRate',
]);
const DECIMAL = /^-?\d+(\.\d+)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function lookup(field: string, value: string): string | null {
  const all = messages();
  const t = all.auditHistory;
  const maps: Record<string, Record<string, string>[]> = {
    status: [
      all.areas.planStatus,
      all.areas.invoiceStatus,
      all.areas.matterStatus,
      all.areas.meetingStatus,
      all.areas.interventionStatus,
    ],
    category: [all.areas.budgetCategory],
    type: [t.lineType],
    kind: [all.budgetRules.amountKind],
    source: [t.outcomeSource],
    attestAboveLimitRole: [all.roles],
    attestSubstituteRole: [all.roles],
  };
  for (const map of maps[field] ?? []) if (value in map) return map[value]!;
  return null;
}

/** One stored value as Swedish text: money in kronor (sv-SE), enums by name, yes/no, instants in local time. */
export function formatAuditValue(field: string, value: AuditValue | undefined): string {
  const t = messages().auditHistory;
  if (value === undefined || value === null || value === '') return t.nothing;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => formatAuditValue(field, item)).join(', ');
  if (typeof value === 'object') {
    // A removed line's amounts: { year, kind, amount }.
    if ('amount' in value && 'year' in value) {
      const kind = typeof value.kind === 'string' ? (lookup('kind', value.kind) ?? value.kind) : '';
      return `${kind} ${value.year}: ${formatAuditValue('amount', value.amount)}`.trim();
    }
    return Object.entries(value)
      .map(([key, item]) => `${t.fields[key] ?? key}: ${formatAuditValue(key, item)}`)
      .join(', ');
  }
  const named = lookup(field, value);
  if (named) return named;
  if (field === 'vatRate' && DECIMAL.test(value)) return `${(Number(value) * 100).toLocaleString('sv-SE')} %`;
  if (DECIMAL.test(value) && !NOT_MONEY.has(field) && !/Ids?$/.test(field)) return formatKronor(value);
  if (INSTANT.test(value)) return formatDateTime(new Date(value));
  return value;
}

/** The action in Swedish, with what it concerned: "Belopp ändrat · Budget 2027". */
export function describeAction(action: string, context: AuditFields): string {
  const all = messages();
  const t = all.auditHistory;
  const parts = [auditActionLabel(action)];
  const { year, month, kind, fileName, rule } = context;
  if (typeof kind === 'string' && typeof year === 'number') {
    const name = lookup('kind', kind) ?? kind;
    parts.push(`${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`);
  } else if (typeof year === 'number' && typeof month === 'number') {
    parts.push(`${year}-${String(month).padStart(2, '0')}`);
  } else if (typeof year === 'number') {
    parts.push(t.context.year.replace('{value}', String(year)));
  }
  if (typeof fileName === 'string') parts.push(t.context.fileName.replace('{value}', fileName));
  if (typeof rule === 'string')
    parts.push(all.attest.rules[rule as keyof typeof all.attest.rules] ?? t.context.rule.replace('{value}', rule));
  return parts.join(' · ');
}

/** The field's label in Swedish; keys that are names already (a member and year, a line and month) as they are. */
export function fieldLabel(field: string): string {
  return messages().auditHistory.fields[field] ?? field;
}
