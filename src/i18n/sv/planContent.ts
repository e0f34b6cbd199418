/** Texts of the plan's content: sections, target groups, focus areas, goals, interventions, versions. */
export const planContent = {
  startNextYear: {
    button: 'Starta plan {year}',
    help: 'Skapar ett utkast för {year} med avsnitt, målgrupper, fokusområden, mål och budget från planen {from}. Prognosen för {year} blir budget.',
    started: 'Planen för {year} är påbörjad.',
    standardTitle: 'Verksamhets- och budgetplan {year}',
    exists: 'Det finns redan en plan för {year}.',
    sourceMissing: 'Planen att utgå från finns inte.',
    notLater: 'Den nya planen måste gälla ett senare år.',
  },
};
