export const common = {
  appName: 'Samplan',
  tagline: 'Verksamhets- och budgetplanering för samordningsförbund',
  save: 'Spara',
  cancel: 'Avbryt',
  loading: 'Laddar …',
  notFoundTitle: 'Sidan finns inte',
  notFoundBody: 'Sidan finns inte, eller så har du inte tillgång till den.',
  forbiddenTitle: 'Ingen behörighet',
  forbiddenBody: 'Din roll i förbundet ger inte tillgång till det här.',
  tryAgain: 'Något gick fel. Försök igen om en stund.',
  footnotes: 'Fotnoter',
  /** The link from a footnote back to where it is referred to; {n} its number. */
  footnoteBack: 'Tillbaka till hänvisning {n}',
  staleVersion:
    'Någon annan har ändrat detta medan du arbetade. Uppgifterna nedan är de senaste; gör din ändring igen.',
};
