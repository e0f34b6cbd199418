import type { Role } from '@/domain/authz/roles';
import { whoMayAttest, type AttestInvoice, type AttestSettings } from './who-may-attest';

/**
 * Who is asked to attest a newly recorded invoice: every person the attestordning allows to
 * attest it (whoMayAttest), so the payee and the person concerned never are. The substitute (vice
 * chair) is asked only when the rule already lets them (the chair is conflicted) or when nobody
 * else may: the above-limit role has no holder.
 */
export function attestRecipients(
  invoice: AttestInvoice,
  settings: AttestSettings,
  people: readonly { personId: string; roles: readonly Role[] }[],
): string[] {
  const allowed = (unavailable: boolean) =>
    people
      .filter(
        (person) => whoMayAttest(invoice, settings, { ...person, aboveLimitRoleUnavailable: unavailable }).allowed,
      )
      .map((person) => person.personId);
  const first = allowed(false);
  if (first.length > 0) return first;
  const aboveLimitHeld = people.some((person) => person.roles.includes(settings.attestAboveLimitRole));
  return aboveLimitHeld ? [] : allowed(true);
}
