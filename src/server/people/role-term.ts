import 'server-only';
import { dayRangeIn, startOfDayIn } from '@/domain/calendar/day-range';
import type { InvitationRole } from '@/domain/people/invitation-roles';

/** A term's days as the instants RoleAssignment stores: from the first day's start to the last day's end. */
export function roleTermInstants(role: InvitationRole): { validFrom: Date | null; validTo: Date | null } {
  return {
    validFrom: role.validFrom ? startOfDayIn(role.validFrom) : null,
    validTo: role.validTo ? new Date(dayRangeIn(role.validTo).end.getTime() - 1) : null,
  };
}
