import type { Role } from '@/domain/authz/roles';
import type { AttestRefusal, AttestRule, SubstituteReason } from '@/domain/attest/who-may-attest';

/** Attest rules, the attest panel and the delegation settings. */
export const attest = {
  /** Roles in the definite form, as they read inside a sentence. */
  roleDefinite: {
    DIRECTOR: 'förbundschefen',
    ADMINISTRATOR: 'administratören',
    CHAIR: 'ordföranden',
    VICE_CHAIR: 'vice ordföranden',
    BOARD_MEMBER: 'ledamoten',
    DEPUTY: 'ersättaren',
    PREPARATION_GROUP: 'beredningsgruppen',
    MEMBER_REPRESENTATIVE: 'medlemsrepresentanten',
    AUDITOR: 'revisorn',
  } satisfies Record<Role, string>,
  one: 'ett',
  amountSentence: 'Fakturan är {amount} exkl. moms ({incl} inkl. moms).',
  limitSentenceOne: '{Director} får attestera upp till {limit} exkl. moms (ett prisbasbelopp {year}).',
  limitSentence:
    '{Director} får attestera upp till {limit} exkl. moms ({count} prisbasbelopp {year}, {pbb} per prisbasbelopp).',
  noPriceBaseAmount: 'Prisbasbelopp för {year} saknas, så {director}s attestgräns är inte känd.',
  concernsDirector: 'Fakturan gäller förbundschefen.',
  aboveLimitConflicted: '{AboveLimit} är betalningsmottagare eller berörd av fakturan.',
  rules: {
    DIRECTOR_WITHIN_LIMIT: 'Förbundschefen inom attestgränsen',
    DIRECTOR_SUBSTITUTE: 'Ersättare för förbundschefen inom attestgränsen',
    CHAIR_ABOVE_LIMIT: 'Ordföranden över attestgränsen',
    CHAIR_CONCERNS_DIRECTOR: 'Ordföranden, fakturan gäller förbundschefen',
    VICE_CHAIR_SUBSTITUTE: 'Vice ordföranden som ersättare',
  } satisfies Record<AttestRule, string>,
  allowed: {
    DIRECTOR_WITHIN_LIMIT: 'Du får attestera fakturan som {role}.',
    DIRECTOR_SUBSTITUTE: 'Du får attestera fakturan som ersättare för {director}.',
    CHAIR_ABOVE_LIMIT: 'Du får attestera fakturan som {role}.',
    CHAIR_CONCERNS_DIRECTOR: 'Du får attestera fakturan som {role}.',
    VICE_CHAIR_SUBSTITUTE: 'Du får attestera fakturan som ersättare för {aboveLimit}.',
  } satisfies Record<AttestRule, string>,
  refused: {
    OWN_PAYMENT:
      'Du får inte attestera fakturan: ingen attesterar en betalning till sig själv eller en faktura som gäller en själv.',
    ABOVE_DIRECTOR_LIMIT: '{AboveLimit} attesterar.',
    CONCERNS_DIRECTOR: '{AboveLimit} attesterar, {substitute} som ersättare.',
    NO_PRICE_BASE_AMOUNT: '{AboveLimit} attesterar tills prisbasbeloppet är inlagt.',
    DIRECTOR_ATTESTS:
      'Förbundschefen attesterar fakturor inom attestgränsen; {directorSubstitute} som ersättare bara när förbundschefen är frånvarande.',
    CHAIR_ATTESTS:
      '{AboveLimit} attesterar. Som {substitute} får du attestera bara när {aboveLimit} är frånvarande eller jävig.',
    CHAIR_CONFLICTED: '{Substitute} attesterar.',
    NO_ATTEST_ROLE: 'Din roll i förbundet ger inte rätt att attestera.',
    NO_DOCUMENT: 'Fakturan kan inte attesteras utan sitt underlag: lägg in fakturan som bilaga först.',
    NO_PAYEE:
      'Fakturan kan inte attesteras: den ska betalas till en person i förbundet men betalningsmottagaren är inte angiven.',
  } satisfies Record<AttestRefusal, string>,
  /** Who attests, for people who only read. */
  attester: {
    DIRECTOR: 'Förbundschefen attesterar.',
    ABOVE_LIMIT: '{AboveLimit} attesterar, {substitute} som ersättare.',
    ABOVE_LIMIT_CONFLICTED: '{Substitute} attesterar.',
  },
  panel: {
    title: 'Attest',
    attest: 'Attestera',
    reject: 'Avvisa',
    markPaid: 'Markera som betald',
    paidAt: 'Betaldatum',
    rejectionReason: 'Skäl för avvisning',
    rejectionReasonRequired: 'Skriv varför fakturan avvisas.',
    aboveLimitUnavailable: '{AboveLimit} är frånvarande eller jävig',
    directorUnavailable: 'Förbundschefen är frånvarande',
    substituteReason: 'Skäl',
    substituteReasons: { ABSENT: 'Frånvarande', CONFLICT_OF_INTEREST: 'Jäv' } satisfies Record<
      SubstituteReason,
      string
    >,
    substituteReasonRequired: 'Välj skäl: frånvaro eller jäv.',
    unavailableNote: 'Anteckning om frånvaro eller jäv',
    unavailableNoteRequired: 'Skriv varför {aboveLimit} inte kan attestera.',
    unavailableNoteTooShort:
      'Skriv en riktig anteckning om varför {aboveLimit} inte kan attestera (minst 20 tecken, t.ex. vem som är borta och till när).',
    note: 'Anteckning (valfri)',
    attested: 'Fakturan är attesterad.',
    rejected: 'Fakturan är avvisad.',
    paid: 'Fakturan är markerad som betald.',
    notReceived: 'Fakturan är redan {status}.',
    history: 'Attesthistorik',
    historyEntry: '{outcome} av {person} {when}, {rule}',
    outcome: { ATTESTED: 'Attesterad', REJECTED: 'Avvisad' },
    notAttestedYet: 'Ingen har attesterat fakturan ännu.',
    wrongStatus: 'Fakturan har status {status} och kan inte ändras så.',
  },
  settings: {
    title: 'Attestordning',
    intro: 'Förbundets delegationsordning för attest. Varje ändring loggas.',
    directorAttestLimitPbb: 'Förbundschefens attestgräns (prisbasbelopp, exkl. moms)',
    attestAboveLimitRole: 'Attesterar över gränsen',
    attestSubstituteRole: 'Ersättare över gränsen',
    directorSubstituteRole: 'Ersättare för förbundschefen (inom gränsen, när förbundschefen är frånvarande)',
    decision: 'Styrelsens beslut',
    decisionHint: 'Attestordningen ändras bara genom ett beslut av styrelsen, och gäller från beslutets datum.',
    decisionRequired: 'Välj det beslut av styrelsen som ändringen gäller.',
    decisionNotYet: 'Beslutet är inte fattat ännu: ändringen kan registreras först från beslutets datum.',
    inForceSince: 'Gäller sedan {date} enligt beslut: {decision}',
    baseline: 'Ursprunglig attestordning (inget beslut om ändring registrerat).',
    ownAttestRight:
      'Du kan inte ändra en regel som gäller din egen attesträtt ({fields}). Styrelsens beslut registreras av någon annan, t.ex. administratören.',
    fieldNames: {
      directorAttestLimitPbb: 'förbundschefens attestgräns',
      attestAboveLimitRole: 'vem som attesterar över gränsen',
      attestSubstituteRole: 'ersättaren över gränsen',
      directorSubstituteRole: 'förbundschefens ersättare',
    },
    save: 'Spara attestordning',
    saved: 'Attestordningen är sparad.',
    limitInvalid: 'Ange ett antal prisbasbelopp större än 0, t.ex. 1 eller 1,5.',
    sameRole: 'Ersättaren måste ha en annan roll än den som attesterar över gränsen.',
    roleInvalid: 'Välj en roll.',
    priceBaseAmounts: 'Prisbasbelopp per år',
    year: 'År',
    amount: 'Prisbasbelopp',
    limitExclVat: 'Förbundschefens gräns exkl. moms',
    add: 'Spara prisbasbelopp',
    yearInvalid: 'Ange ett år mellan 2000 och 2200.',
    amountInvalid: 'Ange ett belopp större än 0, t.ex. 59 200.',
    readOnly: 'Bara kansliet kan registrera styrelsens beslut om attestordningen.',
  },
};
