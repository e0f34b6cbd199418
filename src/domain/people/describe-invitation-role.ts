import { format, messages } from '@/i18n/catalog';
import type { InvitationRole } from './invitation-roles';

/** "Ledamot (Region Gotland), 2027-01-01 – 2030-12-31" for mail and pages. */
export function describeInvitationRole(role: InvitationRole, memberNames: ReadonlyMap<string, string>): string {
  const t = messages().people;
  const label = messages().roles[role.role];
  const member = role.memberId ? memberNames.get(role.memberId) : undefined;
  const who = member ? `${label} (${member})` : label;
  if (!role.validFrom && !role.validTo) return who;
  return format(t.roleTerm, { role: who, from: role.validFrom ?? '…', to: role.validTo ?? '…' });
}
