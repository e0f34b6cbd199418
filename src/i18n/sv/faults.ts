/** The error page shown when a page cannot be rendered (e.g. while the database restarts). */
export const faults = {
  errorTitle: 'Något gick fel',
  errorBody:
    'Sidan kunde inte visas just nu. Felet är oftast tillfälligt, till exempel medan databasen startas om. Försök igen om en stund.',
  retry: 'Försök igen',
  backToAssociations: 'Till förbunden',
  reference: 'Felkod för supporten: {digest}',
};
