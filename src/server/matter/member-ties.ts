import 'server-only';
import { activeAt } from '@/server/authz/load-membership';
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
