export const shell = {
  skipToContent: 'Hoppa till innehållet',
  mainNavigation: 'Förbundets delar',
  switchAssociation: 'Byt förbund',
  signedInAs: 'Inloggad som',
  rolesLabel: 'Roller',
  associationLabel: 'Förbund',
  nav: {
    overview: 'Översikt',
    budget: 'Budget',
    interventions: 'Insatser',
    goals: 'Mål och målgrupper',
    matters: 'Ärenden',
    meetings: 'Sammanträden',
    invoices: 'Fakturor och attest',
    reports: 'Rapporter',
  },
  backToAssociations: 'Till dina förbund',
};
