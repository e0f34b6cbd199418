/** The budget rules' names and findings (src/domain/budget/analyze-budget.ts) and the budget use cases' refusals. */
export const budgetRules = {
  groups: {
    income: 'Intäkter',
    equity: 'Eget kapital',
    development: 'Utvecklingsinsatser',
    reserve: 'Reserv',
    administration: 'Administration',
  },
  costShares: {
    individual: 'Individinriktade insatser',
    structural: 'Strukturellt arbete',
    administration: 'Administration',
    new: 'Nya, ännu inte beslutade insatser',
  },
  roomForNew: 'Utrymme för ny verksamhet',
  findings: {
    fundingSplit: '{year}: {member} ska enligt fördelningen bidra med {expected}, budgeten anger {actual}.',
    fundingSplitUnlinked: '{year}: Raden ”{line}” är ett medlemsbidrag utan koppling till någon medlem ({actual}).',
    fundingSplitPopulationMissing: 'Folkmängd saknas för {member}; kommunernas fjärdedel kan inte fördelas.',
    fundingSplitPercentSum: 'Kommunernas procentsatser summerar till {sum} % i stället för 100 %.',
    fundingSplitPercentMissing: 'Procentsats saknas för {member}; kommunernas fjärdedel kan inte fördelas.',
    equityCap:
      '{year}: Taket för eget kapital är {cap} mot {equity} vid årets början. Ett eget kapital över taket kan leda till att statens tilldelning minskas.',
    equityFloor:
      '{year}: Eget kapital vid årets slut, {equity}, är lägre än den nivå förbundet vill behålla ({floor}).',
  },
  fields: {
    amountInvalid: 'Skriv ett belopp i kronor, till exempel 2 100 000.',
    amountTooLarge: 'Beloppet får ha högst 12 siffror före decimaltecknet.',
    nameRequired: 'Skriv ett namn på raden.',
    nameTooLong: 'Namnet får vara högst 200 tecken.',
    noteTooLong: 'Anteckningen får vara högst 2 000 tecken.',
    categoryMismatch: 'Kategorin passar inte ihop med radens typ (intäkt eller kostnad).',
    categoryInvalid: 'Välj en kategori.',
    yearNotInPlan: 'Året finns inte i planens budget.',
    kindMismatch: 'För {year} gäller {expected}, inte {given}.',
    invalid: 'Ogiltigt värde.',
  },
  amountKind: { BUDGET: 'budget', PROGNOSIS: 'prognos' },
  locked: 'Planen är antagen eller låst och kan inte ändras. Ändringar görs i en reviderad version.',
  lineHasOutcomes: 'Raden har utfall eller fakturor kopplade till sig och kan inte tas bort.',
  noStateLine: 'Budgeten saknar en rad för Försäkringskassans bidrag, som de övriga bidragen räknas från.',
};
