import Decimal from 'decimal.js';
import type { Kronor } from '@/domain/money/kronor';

type DecimalLike = { toString(): string };

/**
 * Prisma hands out its own bundled Decimal class; the domain computes with decimal.js.
 * Going through the string keeps every öre and gives the domain's own type.
 */
export function toKronor(value: DecimalLike): Kronor {
  return new Decimal(value.toString());
}

export function toKronorOrNull(value: DecimalLike | null | undefined): Kronor | null {
  return value == null ? null : toKronor(value);
}
