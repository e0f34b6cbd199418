import type { Role } from '@/domain/authz/roles';
import { attestLevel, whoMayAttest, type AttestInvoice, type AttestSettings } from './who-may-attest';

/**
 * Who is asked to attest a newly recorded invoice: every person the attestordning allows to
 * attest it (whoMayAttest), so the payee and the person concerned never are. A substitute (the
 * director's, or the vice chair) is asked only when the rule already lets them (the chair is
 * conflicted) or when nobody else may: the role the rule names has no holder. The invoice's own
 * papers (document, payee) are not looked at here: they may be completed before it is attested.
 */
export function attestRecipients(
  invoice: AttestInvoice,
  settings: AttestSettings,
  people: readonly { personId: string; roles: readonly Role[] }[],
): string[] {
  const complete: AttestInvoice = { ...invoice, hasDocument: true, payeeKind: 'SUPPLIER' };
  const allowed = (substituting: boolean) =>
    people
      .filter((person) => whoMayAttest(complete, settings, { ...person, substituting }).allowed)
      .map((person) => person.personId);
  const first = allowed(false);
  if (first.length > 0) return first;
  const named = attestLevel(invoice, settings).level === 'DIRECTOR' ? 'DIRECTOR' : settings.attestAboveLimitRole;
  const namedHeld = people.some((person) => person.roles.includes(named));
  return namedHeld ? [] : allowed(true);
}
