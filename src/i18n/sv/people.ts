import type { PasswordProblem } from '@/domain/auth/password-policy';

/** People, invitations and passwords (issue 15). */
export const people = {
  roleTerm: '{role}, {from} – {to}',
  passwordProblems: {
    TOO_SHORT: 'Lösenordet måste ha minst 12 tecken.',
    TOO_LONG: 'Lösenordet får ha högst 256 tecken.',
    COMMON: 'Lösenordet är för vanligt eller för likt din e-postadress eller ditt namn. Välj ett annat.',
  } satisfies Record<PasswordProblem, string>,
  passwordHint:
    'Minst 12 tecken. Ett vanligt lösenord eller din e-postadress godtas inte; en mening med några ord är lätt att minnas.',
  passwordRequired: 'Skriv ett lösenord.',
  passwordsDiffer: 'Lösenorden är inte lika. Skriv samma lösenord två gånger.',
  passwordUnchanged: 'Det nya lösenordet är samma som det nuvarande. Välj ett annat.',
  currentPasswordWrong: 'Det nuvarande lösenordet stämmer inte.',
  emailRequired: 'Skriv en e-postadress.',
  emailInvalid: 'Skriv en e-postadress, till exempel namn@forbund.se.',
  nameRequired: 'Skriv namnet.',
  nameTooLong: 'Namnet får ha högst 200 tecken.',
  dateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
  roleInvalid: 'Välj en roll.',
  roleTwice: 'Samma roll är vald två gånger.',
  rolesRequired: 'Välj minst en roll.',
  memberInvalid: 'Välj en medlem i det här förbundet.',
  termEndsBeforeStart: 'Mandatperioden kan inte sluta innan den börjar.',
  invitationClosed: 'Inbjudan är redan mottagen eller återkallad.',
  notYourself: 'Du kan inte avsluta din egen åtkomst.',
  notDeactivated: 'Personen har redan åtkomst.',
  linkInvalid: 'Länken går inte att använda. Den kan ha gått ut, redan använts eller återkallats.',

  // Fields.
  emailLabel: 'E-postadress',
  nameLabel: 'Namn',
  passwordLabel: 'Nytt lösenord',
  passwordAgainLabel: 'Nytt lösenord igen',
  currentPasswordLabel: 'Nuvarande lösenord',

  // /inbjudan/[token]
  invitation: {
    title: 'Inbjudan till Samplan',
    intro: 'Du har bjudits in till {association}.',
    roles: 'Roll',
    invitedBy: 'Inbjuden av {name}',
    expires: 'Länken gäller till {date}.',
    choosePassword: 'Kontrollera ditt namn och välj ett lösenord.',
    existingAccount:
      'Du har redan ett konto i Samplan. Ta emot inbjudan så får du rollen; ditt lösenord är oförändrat.',
    accept: 'Ta emot inbjudan',
    accepting: 'Tar emot …',
    accepted: 'Inbjudan är mottagen. Logga in med din e-postadress och ditt lösenord.',
    states: {
      EXPIRED: {
        title: 'Inbjudan har gått ut',
        body: 'Länken i inbjudan gällde i sju dagar. Be den som bjöd in dig att skicka inbjudan igen.',
      },
      USED: { title: 'Inbjudan är redan mottagen', body: 'Länken har redan använts. Logga in med din e-postadress.' },
      REVOKED: {
        title: 'Inbjudan är återkallad',
        body: 'Inbjudan gäller inte längre. Kontakta förbundet om du tror att det är fel.',
      },
      INVALID: {
        title: 'Länken fungerar inte',
        body: 'Länken är inte giltig. Kontrollera att du har kopierat hela länken från e-brevet.',
      },
    },
  },

  // /losenord/[token] and /losenord/glomt
  password: {
    title: 'Välj nytt lösenord',
    intro: 'Välj ett nytt lösenord för {email}. Alla dina inloggningar avslutas när lösenordet byts.',
    save: 'Spara lösenordet',
    saving: 'Sparar …',
    done: 'Lösenordet är bytt. Logga in med det nya lösenordet.',
    states: {
      EXPIRED: {
        title: 'Länken har gått ut',
        body: 'Länken för att välja lösenord gäller en kort tid. Be om en ny med ”Glömt lösenordet?”.',
      },
      USED: {
        title: 'Länken är redan använd',
        body: 'Varje länk kan användas en gång. Be om en ny med ”Glömt lösenordet?”.',
      },
      REVOKED: { title: 'Länken gäller inte längre', body: 'Be om en ny med ”Glömt lösenordet?”.' },
      INVALID: {
        title: 'Länken fungerar inte',
        body: 'Länken är inte giltig. Kontrollera att du har kopierat hela länken, eller be om en ny.',
      },
    },
    forgotLink: 'Glömt lösenordet?',
    forgotTitle: 'Glömt lösenordet',
    forgotIntro: 'Skriv din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.',
    forgotButton: 'Skicka länk',
    forgotSending: 'Skickar …',
    forgotAnswer:
      'Om adressen finns i Samplan får du ett e-brev med en länk inom några minuter. Länken gäller i en timme. Kolla skräpposten om inget kommer.',
    backToSignIn: 'Tillbaka till inloggningen',
  },

  // /konto/losenord
  account: {
    title: 'Byt lösenord',
    intro: 'Du behöver ditt nuvarande lösenord. När lösenordet byts loggas du ut på alla andra enheter.',
    save: 'Byt lösenord',
    saving: 'Byter …',
    done: 'Lösenordet är bytt. Du är utloggad på alla andra enheter.',
    headerLink: 'Byt lösenord',
  },

  // /forbund/[slug]/installningar/personer
  settings: {
    tab: 'Personer',
    title: 'Personer och roller',
    intro:
      'Bjud in personer med e-post, ge dem roller med mandatperiod och avsluta deras åtkomst. Förbundschefen och administratören hanterar personer; varje ändring loggas.',
    peopleHeading: 'Personer i förbundet',
    columns: { name: 'Namn', email: 'E-post', roles: 'Roller och perioder', status: 'Status', actions: 'Åtgärder' },
    current: 'Aktiv',
    ended: 'Avslutad',
    upcoming: 'Kommande',
    noPeople: 'Inga personer har roller i förbundet.',
    deactivate: 'Avsluta åtkomst',
    deactivateConfirm:
      'Avsluta {name}s åtkomst till förbundet? Personens roller här slutar i dag. Har personen inga roller någon annanstans kan hen inte längre logga in.',
    reactivate: 'Återställ åtkomst',
    pendingHeading: 'Inbjudningar som väntar',
    noPending: 'Inga inbjudningar väntar.',
    invitationColumns: { who: 'Inbjuden', roles: 'Roller', expires: 'Länken gäller till', actions: 'Åtgärder' },
    expired: 'Gått ut',
    resend: 'Skicka igen',
    revoke: 'Återkalla',
    revokeConfirm: 'Återkalla inbjudan till {email}? Länken slutar fungera.',
    resent: 'Inbjudan är skickad igen med en ny länk. Den gamla länken fungerar inte längre.',
    inviteHeading: 'Bjud in en person',
    inviteIntro: 'Personen får ett e-brev med en länk som gäller i sju dagar och kan användas en gång.',
    roleLabel: 'Roll',
    memberLabel: 'Företräder medlem',
    noMember: 'Ingen särskild medlem',
    fromLabel: 'Från',
    toLabel: 'Till',
    addRole: 'Lägg till roll',
    removeRole: 'Ta bort rollen',
    invite: 'Skicka inbjudan',
    inviting: 'Skickar …',
    invited: 'Inbjudan är skickad till {email}.',
    invitedNoPassword: 'Inbjuden, inget lösenord ännu',
    deactivatedBadge: 'Kan inte logga in',
    openEnded: 'tills vidare',
    fromOpen: 'från början',
  },
};
