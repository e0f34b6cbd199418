/** Texts of the plan's content: sections, target groups, focus areas, goals, interventions, versions. */
export const planContent = {
  startNextYear: {
    button: 'Starta plan {year}',
    help: 'Skapar ett utkast för {year} med avsnitt, målgrupper, fokusområden, mål och budget från planen {from}. Prognosen för {year} blir budget.',
    started: 'Planen för {year} är påbörjad.',
    standardTitle: 'Verksamhets- och budgetplan {year}',
    exists: 'Det finns redan en plan för {year}.',
    existsAlready: 'Det finns redan en plan för det året.',
    sourceMissing: 'Planen att utgå från finns inte.',
    notLater: 'Den nya planen måste gälla ett senare år.',
  },
  fields: {
    invalid: 'Ogiltigt värde.',
    required: 'Fyll i fältet.',
    tooLong: 'Texten är för lång.',
    ageOrder: 'Högsta ålder kan inte vara lägre än lägsta.',
    financialCheckOnlyFinancial: 'Bara finansiella mål kan kontrolleras mot budgeten.',
    targetValueRequired: 'Ange målvärdet som ett tal, t.ex. 75.',
    percentOver100: 'En andel kan vara högst 100 %.',
    countWhole: 'Ett antal är ett heltal.',
    unknownTargetGroup: 'Målgruppen finns inte i planen.',
    unknownIntervention: 'Insatsen finns inte.',
    unknownDecision: 'Beslutet finns inte.',
    unknownMember: 'Medlemmen finns inte.',
    dateInvalid: 'Ange datum som ÅÅÅÅ-MM-DD.',
    endBeforeStart: 'Slutdatum kan inte vara före startdatum.',
    yearNotInPlan: 'Året finns inte i planens budget.',
  },
  interventions: {
    afterEnd: '{year}: insatsen slutar {endYear}, så beloppet ska vara 0 kr.',
  },
};
