import 'server-only';
import type { RaiseMemberRefusal } from '@/domain/matter/matter-rights';
import { messages } from '@/i18n/catalog';
import { activeAt } from '@/server/authz/load-membership';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import type { Db } from '@/server/kernel/deps';

export interface MemberTies {
  /** Members the person represents by a MEMBER_REPRESENTATIVE role in force at `now`. */
  representedMemberIds: string[];
  /** Members any of the person's roles in force at `now` is tied to (for jäv). */
  memberIds: string[];
}

/** How the person is tied to the association's members today, from the member on their role terms. */
export async function loadMemberTies(db: Db, personId: string, associationId: string, now: Date): Promise<MemberTies> {
  const rows = await db.roleAssignment.findMany({
    where: { personId, associationId, memberId: { not: null }, ...activeAt(now) },
    select: { role: true, memberId: true },
  });
  const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
  return {
    representedMemberIds: unique(rows.filter((row) => row.role === 'MEMBER_REPRESENTATIVE').map((row) => row.memberId)),
    memberIds: unique(rows.map((row) => row.memberId)),
  };
}

/** The refusal for raising (or changing) a matter for a member the person may not name (ADR 036). */
export function raiseRefusal(refusal: RaiseMemberRefusal): Error {
  const r = messages().governance.refusals;
  if (refusal === 'NOT_YOUR_MEMBER') return new FieldValidationError({ raisedByMemberId: r.raiseNotYourMember });
  if (refusal === 'MEMBER_REQUIRED') return new FieldValidationError({ raisedByMemberId: r.raiseMemberRequired });
  return new AuthorizationError('FORBIDDEN', r.raiseRepresentsNoMember);
}
