import type { PasswordProblem } from '@/domain/auth/password-policy';

/** People, invitations and passwords (issue 15). */
export const people = {
  roleTerm: '{role}, {from} – {to}',
  passwordProblems: {
    TOO_SHORT: 'Lösenordet måste ha minst 12 tecken.',
    TOO_LONG: 'Lösenordet får ha högst 256 tecken.',
    COMMON: 'Lösenordet är för vanligt eller för likt din e-postadress eller ditt namn. Välj ett annat.',
  } satisfies Record<PasswordProblem, string>,
};
