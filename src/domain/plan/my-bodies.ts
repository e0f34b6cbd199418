import type { Role } from '../authz/roles';

export type MeetingBody = 'BOARD' | 'WORKING_COMMITTEE' | 'PREPARATION_GROUP' | 'MEMBERS_CONSULTATION';

/**
 * The meeting bodies whose meetings a person attends: the board for its members, deputies and
 * anyone holding a seat (the co-opted director too); the working committee for its seats; the
 * preparation group and the members' consultation for their roles. The director and the
 * administrator run every body's meetings.
 */
export function bodiesOf(roles: Iterable<Role>, seats: { workingCommittee: boolean }[]): MeetingBody[] {
  const list = [...roles];
  const office = list.includes('DIRECTOR') || list.includes('ADMINISTRATOR');
  const bodies = new Set<MeetingBody>();
  if (office || seats.length > 0 || list.some((r) => ['CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'DEPUTY'].includes(r)))
    bodies.add('BOARD');
  if (office || seats.some((s) => s.workingCommittee)) bodies.add('WORKING_COMMITTEE');
  if (office || list.includes('PREPARATION_GROUP')) bodies.add('PREPARATION_GROUP');
  if (office || list.includes('MEMBER_REPRESENTATIVE')) bodies.add('MEMBERS_CONSULTATION');
  return (['BOARD', 'WORKING_COMMITTEE', 'PREPARATION_GROUP', 'MEMBERS_CONSULTATION'] as const).filter((b) =>
    bodies.has(b),
  );
}
