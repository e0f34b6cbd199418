'use client';

import { Button } from '@/components/ui/button';
import { format, messages } from '@/i18n/catalog';
import { useEditor } from './editor-context';
import { orderedLines, type SheetRow } from './sheet-rows';

/** Move up/down within the line's category, and open the line's edit dialog. */
export function LineActions({ row }: { row: SheetRow }) {
  const api = useEditor();
  if (row.kind !== 'line') return null;
  const t = messages().budgetEditor;
  const line = api.lines.find((l) => l.id === row.id) ?? row.line;
  const siblings = orderedLines(api.lines).filter((l) => l.category === line.category);
  const index = siblings.findIndex((l) => l.id === line.id);
  return (
    <div role="group" aria-label={format(t.lineActions, { name: line.name })} className="flex gap-1">
      <Button
        variant="secondary"
        size="xs"
        disabled={api.busy || index <= 0}
        aria-label={`${t.moveUp}: ${line.name}`}
        onClick={() => api.moveLine(line, 'up')}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        variant="secondary"
        size="xs"
        disabled={api.busy || index === siblings.length - 1}
        aria-label={`${t.moveDown}: ${line.name}`}
        onClick={() => api.moveLine(line, 'down')}
      >
        <span aria-hidden="true">↓</span>
      </Button>
      <Button
        variant="secondary"
        size="xs"
        disabled={api.busy}
        aria-label={`${t.edit}: ${line.name}`}
        data-testid="budget-line-edit"
        onClick={() => api.editLine(line)}
      >
        {t.edit}
      </Button>
    </div>
  );
}
