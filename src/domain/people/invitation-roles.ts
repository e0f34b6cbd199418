import { ROLES, type Role } from '@/domain/authz/roles';

/** One role an invitation gives: accepting creates a RoleAssignment with this term. Dates are YYYY-MM-DD. */
export interface InvitationRole {
  role: Role;
  memberId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A term that ends before it starts; an open end on either side is fine. */
export function termEndsBeforeStart(validFrom: string | null, validTo: string | null): boolean {
  return validFrom !== null && validTo !== null && validTo < validFrom;
}

/**
 * The roles stored on an invitation (JSON), checked: null when anything is off (an unknown role,
 * a malformed date, a term ending before it starts, the same role twice, none at all), so a
 * damaged row is never half-applied.
 */
export function parseInvitationRoles(value: unknown): InvitationRole[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const result: InvitationRole[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return null;
    const { role, memberId, validFrom, validTo } = item as Record<string, unknown>;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) return null;
    if (memberId != null && (typeof memberId !== 'string' || memberId.length === 0)) return null;
    if (validFrom != null && !isDate(validFrom)) return null;
    if (validTo != null && !isDate(validTo)) return null;
    const parsed: InvitationRole = {
      role: role as Role,
      memberId: (memberId as string | null | undefined) ?? null,
      validFrom: (validFrom as string | null | undefined) ?? null,
      validTo: (validTo as string | null | undefined) ?? null,
    };
    if (termEndsBeforeStart(parsed.validFrom, parsed.validTo)) return null;
    if (result.some((other) => other.role === parsed.role)) return null;
    result.push(parsed);
  }
  return result;
}
