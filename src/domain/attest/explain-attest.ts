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
 * The decision in plain Swedish with the amounts, e.g. "Fakturan är 64 000 kr exkl. moms (80 000 kr
 * inkl. moms). Förbundschefen får attestera upp till 59 200 kr exkl. moms (ett prisbasbelopp 2026).
 * Ordföranden attesterar."
 */
export function explainAttest(
  decision: AttestDecision,
  context: { amountExclVat: Kronor; amountInclVat: Kronor; year: number; settings: AttestSettings },
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
    directorSubstitute: t.roleDefinite[settings.directorSubstituteRole],
  };
  const { level } = decision;
  const sentences = [
    format(t.amountSentence, {
      amount: formatKronor(context.amountExclVat),
      incl: formatKronor(context.amountInclVat),
    }),
  ];
  if (level.limitExclVat && settings.priceBaseAmount) {
    const one = settings.directorAttestLimitPbb.equals(1);
    sentences.push(
      format(one ? t.limitSentenceOne : t.limitSentence, {
        ...names,
        limit: formatKronor(level.limitExclVat),
        count: formatNumber(settings.directorAttestLimitPbb),
        year: context.year,
        pbb: formatKronor(settings.priceBaseAmount),
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
        : decision.rule === 'DIRECTOR_SUBSTITUTE'
          ? names.directorSubstitute
          : decision.rule === 'VICE_CHAIR_SUBSTITUTE'
            ? names.substitute
            : names.aboveLimit;
    sentences.push(format(t.allowed[decision.rule], { ...names, role }));
  } else {
    sentences.push(format(t.refused[decision.reason], names));
  }
  return sentences.join(' ');
}
