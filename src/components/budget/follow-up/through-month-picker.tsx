import { messages } from '@/i18n/catalog';
import { Button } from '@/components/ui/button';

/** A plain GET form (works without JavaScript): the plan year and the month the follow-up runs through. */
export function ThroughMonthPicker({
  action,
  years,
  year,
  throughMonth,
}: {
  action: string;
  years: number[];
  year: number;
  throughMonth: number;
}) {
  const t = messages().budgetFollowUp;
  const field = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3 print:hidden">
      <label className="flex flex-col text-sm font-medium">
        {t.year}
        <select name="ar" defaultValue={year} className={field}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm font-medium">
        {t.throughMonth}
        <select name="manad" defaultValue={throughMonth} className={field}>
          <option value={0}>{t.noMonth}</option>
          {t.months.map((month, index) => (
            <option key={month} value={index + 1}>
              {month}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" size="sm">
        {t.show}
      </Button>
    </form>
  );
}
