import { messages } from '@/i18n/catalog';

/** Import and export of the budget (the targets are their own routes). */
export function BudgetFileLinks({ slug, year, canImport }: { slug: string; year: number; canImport: boolean }) {
  const t = messages().budgetEditor;
  const base = `/forbund/${encodeURIComponent(slug)}/budget`;
  const link =
    'rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 no-underline hover:bg-slate-100 hover:text-slate-900';
  return (
    <ul className="flex flex-wrap gap-2 print:hidden" data-testid="budget-file-links">
      {canImport ? (
        <li>
          <a className={link} href={`${base}/import`} data-testid="budget-import-link">
            {t.import}
          </a>
        </li>
      ) : null}
      <li>
        <a className={link} href={`${base}/export.xlsx?ar=${year}`} data-testid="budget-export-xlsx">
          {t.exportXlsx}
        </a>
      </li>
      <li>
        <a className={link} href={`${base}/export.csv?ar=${year}`} data-testid="budget-export-csv">
          {t.exportCsv}
        </a>
      </li>
    </ul>
  );
}
