import { StatusBadge } from '@/components/ui/status-badge';
import { messages } from '@/i18n/catalog';
import type { SheetRow } from './sheet-rows';

export function LineName({ row }: { row: SheetRow }) {
  const t = messages().budgetEditor;
  if (row.kind === 'sum') return <>{t.sums[row.sum]}</>;
  if (row.kind !== 'line') return null;
  const { line } = row;
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span data-testid="budget-line-name">{line.name}</span>
      {line.interventionId ? (
        <StatusBadge label={t.interventionBadge} tone="info" testId="budget-line-intervention" />
      ) : null}
      {line.outsideTotal ? (
        <StatusBadge label={t.outsideTotalBadge} tone="neutral" testId="budget-line-outside-total" />
      ) : null}
      {line.note ? (
        <span className="line-clamp-2 block w-full max-w-xs text-xs text-slate-600" title={line.note}>
          {line.note}
        </span>
      ) : null}
    </span>
  );
}
