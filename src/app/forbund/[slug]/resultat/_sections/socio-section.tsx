import { DataTable } from '@/components/ui/data-table';
import { SocioSettingsForm } from '@/components/results/socio-settings-form';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import type { ResultsView } from '@/server/results/page-readers/get-results';

/** The socio-economic effect per intervention with the model's formula, and (for editors) its settings. */
export function SocioSection({ view, slug, editable }: { view: ResultsView; slug: string; editable: boolean }) {
  const t = messages().results;
  return (
    <section aria-labelledby="socio-title" className="mb-10">
      <h2 id="socio-title" className="mb-1 text-xl font-semibold">
        {t.socio.title}
      </h2>
      <p
        className="mb-3 max-w-prose rounded border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm"
        data-testid="socio-model-note"
      >
        {t.socio.model}
      </p>
      <DataTable
        caption={t.socio.title}
        testId="socio-table"
        rows={view.perIntervention}
        rowKey={(i) => i.id}
        columns={[
          { header: t.intervention, rowHeader: true, cellClassName: () => 'font-normal', cell: (i) => i.name },
          { header: t.socio.personsToWork, numeric: true, cell: (i) => i.toWork },
          { header: t.socio.title, numeric: true, cell: (i) => formatKronor(i.effect) },
        ]}
        totalRows={
          <tr className="font-semibold">
            <th scope="row">{t.socio.total}</th>
            <td className="num">{view.totalToWork}</td>
            <td className="num" data-testid="socio-total">
              {formatKronor(view.totalEffect)}
            </td>
          </tr>
        }
        footer={
          <p className="mt-2 text-sm" data-testid="socio-formula">
            {format(t.socio.formula, {
              persons: view.totalToWork,
              monthly: formatKronor(view.settings.monthly),
              months: view.settings.months,
              effect: formatKronor(view.totalEffect),
            })}
          </p>
        }
      />
      {editable ? (
        <div className="card mt-4 max-w-2xl">
          <SocioSettingsForm
            slug={slug}
            initial={{
              version: view.settings.version,
              monthly: formatKronor(view.settings.monthly, { unit: false }),
              months: String(view.settings.months),
              ageBandLimits: view.settings.ageBandLimits.join(', '),
            }}
          />
        </div>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t.socio.monthlyParts}</p>
      )}
    </section>
  );
}
