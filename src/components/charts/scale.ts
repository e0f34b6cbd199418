/**
 * Geometry only: amounts become pixel positions here, so plain numbers are fine
 * (every amount shown as text is formatted from its decimal).
 */
export interface LinearScale {
  ticks: number[];
  y(value: number): number;
}

function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? 10 * magnitude;
}

/** A vertical scale from the values' range (always including zero) onto [top, bottom] pixels, with round ticks. */
export function linearScale(values: number[], top: number, bottom: number, tickCount = 4): LinearScale {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const step = niceStep(max - min || 1, tickCount);
  const low = Math.floor(min / step) * step;
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Math.round(tick));
  return { ticks, y: (value) => bottom - ((value - low) / (high - low)) * (bottom - top) };
}
