import { formatKronor, type Kronor } from '@/domain/money/kronor';
import { format, messages } from '@/i18n/catalog';
import type { AttestDecision, AttestSettings } from './who-may-attest';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatNumber(value: Kronor): string {
  return value.toDecimalPlaces(3).toString().replace('.', ',');
}

/**
 * The decision in plain Swedish with the amounts, e.g. "Fakturan är 80 000 kr inkl. moms.
 * Förbundschefen får attestera upp till 74 000 kr (ett prisbasbelopp 2026, 59 200 kr, plus 25 % moms).
 * Ordföranden attesterar."
 */
export function explainAttest(
  decision: AttestDecision,
  context: { amountInclVat: Kronor; year: number; settings: AttestSettings },
): string {
  const t = messages().attest;
  const { settings } = context;
  const names = {
    director: t.roleDefinite.DIRECTOR,
    Director: capitalize(t.roleDefinite.DIRECTOR),
    aboveLimit: t.roleDefinite[settings.attestAboveLimitRole],
    AboveLimit: capitalize(t.roleDefinite[settings.attestAboveLimitRole]),
    substitute: t.roleDefinite[settings.attestSubstituteRole],
    Substitute: capitalize(t.roleDefinite[settings.attestSubstituteRole]),
  };
  const { level } = decision;
  const sentences = [format(t.amountSentence, { amount: formatKronor(context.amountInclVat) })];
  if (level.limitInclVat && settings.priceBaseAmount) {
    sentences.push(
      format(t.limitSentence, {
        ...names,
        limit: formatKronor(level.limitInclVat),
        count: settings.directorAttestLimitPbb.equals(1) ? t.one : formatNumber(settings.directorAttestLimitPbb),
        year: context.year,
        pbb: formatKronor(settings.priceBaseAmount),
        vat: `${formatNumber(settings.vatRate.times(100))}\u00a0%`,
      }),
    );
  } else {
    sentences.push(format(t.noPriceBaseAmount, { ...names, year: context.year }));
  }
  if (level.because === 'CONCERNS_DIRECTOR') sentences.push(t.concernsDirector);
  if (level.aboveLimitRoleConflicted && level.level === 'ABOVE_LIMIT')
    sentences.push(format(t.aboveLimitConflicted, names));
  if (decision.allowed) {
    const role =
      decision.rule === 'DIRECTOR_WITHIN_LIMIT'
        ? names.director
        : decision.rule === 'VICE_CHAIR_SUBSTITUTE'
          ? names.substitute
          : names.aboveLimit;
    sentences.push(format(t.allowed[decision.rule], { ...names, role }));
  } else {
    sentences.push(format(t.refused[decision.reason], names));
  }
  return sentences.join(' ');
}
