import 'server-only';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { formatDateTime } from '@/i18n/dates';
import type { AttestLogEntry } from './get-attest-log';

/** The rule in words, as the attest panel says it; a rule no longer known is shown by its code. */
export function ruleLabel(rule: string): string {
  const rules: Record<string, string> = messages().attest.rules;
  return rules[rule] ?? format(messages().attestLog.unknownRule, { rule });
}

export const ATTEST_LOG_HEADERS = (): string[] => {
  const t = messages().attestLog;
  return [t.when, t.person, t.supplier, t.invoiceNumber, t.amountExclVat, t.amount, t.budgetLine, t.rule, t.outcome];
};

/** One entry as the export's text cells, in the order of ATTEST_LOG_HEADERS; amounts handled by the caller. */
export function attestLogCells(entry: AttestLogEntry) {
  const t = messages().attestLog;
  return {
    when: formatDateTime(entry.at),
    person: entry.person.name,
    supplier: entry.invoice.supplier,
    invoiceNumber: entry.invoice.invoiceNumber,
    amountExclVat: entry.invoice.amountExclVat,
    amountInclVat: entry.invoice.amountInclVat,
    budgetLine: entry.budgetLine?.name ?? '',
    rule: ruleLabel(entry.rule),
    outcome: t.outcomes[entry.outcome],
  };
}

/** "12 400 kr" with plain spaces and an ASCII minus, as in the budget's CSV. */
export function plainKronor(amount: Parameters<typeof formatKronor>[0]): string {
  return formatKronor(amount)
    .replace(/\u00a0/g, ' ')
    .replace(/\u2212/g, '-');
}
