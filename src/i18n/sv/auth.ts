import type { SignInErrorCode } from '@/domain/auth/sign-in-errors';

export const auth = {
  signInTitle: 'Logga in',
  signInIntro: 'Logga in med e-postadressen och lösenordet du har fått av ditt förbund.',
  emailLabel: 'E-postadress',
  passwordLabel: 'Lösenord',
  signInButton: 'Logga in',
  signingIn: 'Loggar in …',
  signOutButton: 'Logga ut',
  signingOut: 'Loggar ut …',
  emailRequired: 'Skriv din e-postadress.',
  emailInvalid: 'Skriv en e-postadress, till exempel namn@forbund.se.',
  passwordRequired: 'Skriv ditt lösenord.',
  errors: {
    INVALID_CREDENTIALS: 'Fel e-postadress eller lösenord.',
    RATE_LIMITED: 'För många misslyckade inloggningsförsök. Försök igen om 15 minuter.',
    INVALID_INPUT: 'Fyll i både e-postadress och lösenord.',
    UNAVAILABLE: 'Inloggningen går inte att nå just nu. Försök igen om en stund.',
  } satisfies Record<SignInErrorCode, string>,
  unexpectedError: 'Inloggningen gick inte att genomföra just nu. Försök igen om en stund.',
  associationsTitle: 'Välj förbund',
  associationsIntro: 'Du har roller i flera förbund. Välj vilket du vill arbeta i.',
  noAssociationsTitle: 'Inga förbund',
  noAssociationsBody:
    'Ditt konto har ingen roll i något förbund ännu. Kontakta förbundschefen i ditt förbund för att få tillgång.',
  yourRoles: 'Dina roller',
};
