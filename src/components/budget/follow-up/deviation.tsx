import { formatKronor, type Kronor } from '@/domain/money/kronor';

interface Props {
  amount: Kronor;
  favourable: boolean | null;
  texts: { favourable: string; unfavourable: string; onBudget: string };
}

/** A deviation with its sign, a colour and the same thing in words, so colour is never the only cue. */
export function Deviation({ amount, favourable, texts }: Props) {
  const sign = amount.isPositive() && !amount.isZero() ? '+' : '';
  const tone = favourable === null ? 'text-slate-700' : favourable ? 'text-emerald-800' : 'text-red-800';
  const words = favourable === null ? texts.onBudget : favourable ? texts.favourable : texts.unfavourable;
  return (
    <span className={tone} data-testid="deviation">
      <span className="font-medium">
        {sign}
        {formatKronor(amount)}
      </span>
      <span className="block text-xs">
        {favourable === null ? null : <span aria-hidden="true">{favourable ? '▲ ' : '▼ '}</span>}
        {words}
      </span>
    </span>
  );
}
