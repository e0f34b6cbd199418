import { ScrollRegion } from '@/components/ui/scroll-region';
import type { FollowUp, FollowUpFigures, FollowUpLine } from '@/domain/budget/follow-up';
import { formatKronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import { Deviation } from './deviation';

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });

/** Budget, outcome to date, forecast and deviation per line, income and costs with their totals. */
export function FollowUpTable({ year, followUp }: { year: number; followUp: FollowUp }) {
  const t = messages().budgetFollowUp;
  const deviationTexts = { favourable: t.favourable, unfavourable: t.unfavourable, onBudget: t.onBudget };

  const figures = (f: FollowUpFigures) => (
    <>
      <td className="num">{formatKronor(f.budget)}</td>
      <td className="num">{formatKronor(f.outcomeToDate)}</td>
      <td className="num">{formatKronor(f.forecast)}</td>
    </>
  );

  const lineRow = (line: FollowUpLine) => (
    <tr key={line.id} data-testid="follow-up-line">
      <th scope="row" className="font-normal">
        {line.name}
        {line.outsideTotal ? <span className="block text-xs text-slate-600">({t.outsideTotal})</span> : null}
      </th>
      {figures(line)}
      <td className="num">
        <Deviation amount={line.deviation} favourable={line.favourable} texts={deviationTexts} />
      </td>
      <td className="num">{line.shareUsed ? percent.format(line.shareUsed.toNumber()) : '–'}</td>
    </tr>
  );

  const totalRow = (label: string, f: FollowUpFigures, favourableWhenPositive: boolean, testId: string) => (
    <tr className="subtotal" data-testid={testId}>
      <th scope="row">{label}</th>
      {figures(f)}
      <td className="num">
        <Deviation
          amount={f.deviation}
          favourable={f.deviation.isZero() ? null : f.deviation.isPositive() === favourableWhenPositive}
          texts={deviationTexts}
        />
      </td>
      <td />
    </tr>
  );

  const group = (label: string) => (
    <tr className="group-heading">
      <th scope="colgroup" colSpan={6}>
        {label}
      </th>
    </tr>
  );

  return (
    <ScrollRegion label={format(t.tableCaption, { year })}>
      <table className="data-table" data-testid="follow-up-table">
        <caption>{format(t.tableCaption, { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.line}</th>
            {[t.budget, t.outcomeToDate, t.forecast, t.deviation, t.shareUsed].map((label) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group(t.income)}
          {followUp.lines.filter((l) => l.type === 'INCOME').map(lineRow)}
          {totalRow(t.totalIncome, followUp.income, true, 'follow-up-income')}
          {group(t.costs)}
          {followUp.lines.filter((l) => l.type === 'COST').map(lineRow)}
          {totalRow(t.totalCosts, followUp.costs, false, 'follow-up-costs')}
          {totalRow(t.result, followUp.result, true, 'follow-up-result')}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
