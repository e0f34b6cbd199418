'use client';

import { Field } from '@/components/ui/field';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { importParticipantStatsAction } from '@/actions/results';
import { format, messages } from '@/i18n/catalog';
import type { ImportParticipantStatsResult } from '@/server/results/import-participant-stats';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** Upload, preview (nothing written), then apply: all rows or none. */
export function StatsImportForm(props: { slug: string }) {
  const t = messages().results.import;
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportParticipantStatsResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const send = async (apply: boolean) => {
    const file = fileRef.current?.files?.[0];
    const form = new FormData();
    if (file) form.set('file', file);
    form.set('apply', apply ? '1' : '0');
    const result = await importParticipantStatsAction(props.slug, form);
    if (!result.ok) {
      setState(null);
      setMessage(
        result.code === 'VALIDATION' ? (Object.values(result.fieldErrors)[0] ?? result.message) : result.message,
      );
      return;
    }
    setMessage(null);
    setState(result.data);
    if (result.data.ok && result.data.applied) {
      setMessage(format(t.done, { count: result.data.rows.length }));
      router.refresh();
    }
  };

  return (
    <form
      className="grid gap-3"
      data-testid="stats-import-form"
      onSubmit={async (event) => {
        event.preventDefault();
        await send(false);
      }}
    >
      <Field id="stats-import-file" label={t.file} labelClassName="text-sm font-medium">
        <Input
          ref={fileRef}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={() => setState(null)}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {t.preview}
        </Button>
        {state?.ok && !state.applied ? (
          <Button onClick={() => send(true)}>{format(t.apply, { count: state.rows.length })}</Button>
        ) : null}
      </div>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
      {state && !state.ok ? (
        <div
          role="alert"
          className="rounded border-l-4 border-red-400 bg-red-50 px-3 py-2 text-sm"
          data-testid="stats-import-errors"
        >
          <p className="font-semibold">{t.errorsTitle}</p>
          <ul className="mt-1 list-disc pl-5">
            {state.errors.map((e, i) => (
              <li key={i}>
                {e.column
                  ? format(t.errorAt, { row: e.row, column: e.column, message: e.message })
                  : format(t.errorAtRow, { row: e.row, message: e.message })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state?.ok && !state.applied ? (
        <table className="data-table" data-testid="stats-import-preview">
          <caption className="text-left font-semibold">{t.previewTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{messages().results.columns.intervention}</th>
              <th scope="col">{messages().results.columns.period}</th>
              <th scope="col" className="num">
                {messages().results.columns.activeCount}
              </th>
              <th scope="col" className="num">
                {messages().results.columns.newCount}
              </th>
              <th scope="col" className="num">
                {messages().results.columns.endedCount}
              </th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row) => (
              <tr key={row.row}>
                <td>{row.intervention}</td>
                <td>{row.period}</td>
                <td className="num">{row.activeCount}</td>
                <td className="num">{row.newCount}</td>
                <td className="num">{row.endedCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </form>
  );
}
