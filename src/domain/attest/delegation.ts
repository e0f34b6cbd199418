import type { Role } from '@/domain/authz/roles';
import { calendarDateIn } from '@/domain/calendar/local-date';
import type { Delegation } from './who-may-attest';

/** A board-decided change of the delegation, in force from `effectiveFrom` (YYYY-MM-DD, the decision's date). */
export interface DelegationChangeRow extends Delegation {
  effectiveFrom: string;
  /** Tie-break for two changes from the same day: the later recorded wins. */
  recordedAt: Date;
}

/**
 * The delegation in force on a day (YYYY-MM-DD): the newest change whose decision's date has
 * come, else the baseline (the association's settings before any decided change).
 */
export function delegationInForce(
  baseline: Delegation,
  changes: readonly DelegationChangeRow[],
  day: string,
): Delegation {
  const inForce = changes
    .filter((change) => change.effectiveFrom <= day)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.recordedAt.getTime() - b.recordedAt.getTime())
    .at(-1);
  if (!inForce) return baseline;
  return {
    directorAttestLimitPbb: inForce.directorAttestLimitPbb,
    attestAboveLimitRole: inForce.attestAboveLimitRole,
    attestSubstituteRole: inForce.attestSubstituteRole,
    directorSubstituteRole: inForce.directorSubstituteRole,
  };
}

export type DelegationField = keyof Delegation;

/**
 * The fields of a delegation change that concern the actor's own attest right: nobody changes a
 * rule that limits themselves. The director's limit and the director's substitute concern the
 * director; a role field concerns whoever holds the role it names before or after the change.
 */
export function ownAttestRightFields(
  before: Delegation,
  after: Delegation,
  actorRoles: readonly Role[],
): DelegationField[] {
  const holds = (role: Role) => actorRoles.includes(role);
  const fields: DelegationField[] = [];
  if (!before.directorAttestLimitPbb.equals(after.directorAttestLimitPbb) && holds('DIRECTOR'))
    fields.push('directorAttestLimitPbb');
  for (const field of ['attestAboveLimitRole', 'attestSubstituteRole', 'directorSubstituteRole'] as const) {
    if (before[field] === after[field]) continue;
    const concerned =
      holds(before[field]) || holds(after[field]) || (field === 'directorSubstituteRole' && holds('DIRECTOR'));
    if (concerned) fields.push(field);
  }
  return fields;
}

/** The association's calendar date (YYYY-MM-DD) of an instant: the day a delegation is judged on. */
export function associationDay(instant: Date): string {
  const { year, month, day } = calendarDateIn(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
