/**
 * Quorum (beslutsförhet) of a meeting from its attendance, by the association's förbundsordning:
 * more than half / at least half / a fixed number of the ordinary seats filled by ordinary members
 * present or by deputies serving in their place. Co-opted (adjungerade) persons never count.
 *
 * Deputies: in ORDERED mode the deputies present are called in `deputyOrder` for absent ordinary
 * members; in PERSONAL mode a deputy serves only for the ordinary seat they are personal deputy for.
 * The attendance row says whom a deputy serves for; a row that contradicts the mode is not counted
 * (`validateAttendance` lists why, and record-attendance refuses it).
 */

export interface SeatForQuorum {
  seatId: string;
  personId: string;
  kind: 'ORDINARY' | 'DEPUTY' | 'CO_OPTED';
  deputyOrder: number | null;
  personalDeputyForId: string | null;
}

export interface AttendanceForQuorum {
  personId: string;
  present: boolean;
  servingForSeatId: string | null;
  coOpted: boolean;
}

export type DeputyModeForQuorum = 'ORDERED' | 'PERSONAL';

export interface QuorumSettings {
  rule: 'MORE_THAN_HALF' | 'AT_LEAST_HALF' | 'FIXED_COUNT';
  fixedCount: number | null;
  /** How deputies are called in; ORDERED when not given. */
  deputyMode?: DeputyModeForQuorum;
}

export interface QuorumResult {
  ordinarySeats: number;
  votingPresent: number;
  required: number;
  hasQuorum: boolean;
  voterPersonIds: string[];
}

export type AttendanceIssueCode =
  | 'NOT_A_DEPUTY' // someone who holds no deputy seat is recorded as serving
  | 'NOT_PRESENT' // an absent person is recorded as serving
  | 'CO_OPTED_SERVING' // a co-opted person is recorded as serving
  | 'UNKNOWN_SEAT' // serving for a seat that is not an ordinary seat of this body
  | 'MEMBER_PRESENT' // serving for an ordinary member who is present
  | 'SEAT_TAKEN' // two deputies serving for the same seat
  | 'NOT_PERSONAL_DEPUTY' // PERSONAL mode: serving for another seat than their own ordinary member's
  | 'OUT_OF_ORDER'; // ORDERED mode: a deputy earlier in the order is present and not serving

export interface AttendanceIssue {
  personId: string;
  code: AttendanceIssueCode;
}

/** Seats needed for quorum. FIXED_COUNT without a count falls back to more than half. */
export function requiredForQuorum(ordinarySeats: number, settings: QuorumSettings): number {
  switch (settings.rule) {
    case 'AT_LEAST_HALF':
      return Math.ceil(ordinarySeats / 2);
    case 'FIXED_COUNT':
      if (settings.fixedCount !== null && settings.fixedCount > 0) return settings.fixedCount;
      return Math.floor(ordinarySeats / 2) + 1;
    case 'MORE_THAN_HALF':
    default:
      return Math.floor(ordinarySeats / 2) + 1;
  }
}

function byDeputyOrder(a: SeatForQuorum, b: SeatForQuorum): number {
  return (a.deputyOrder ?? Number.MAX_SAFE_INTEGER) - (b.deputyOrder ?? Number.MAX_SAFE_INTEGER);
}

/** Every attendance row that says a person serves in someone's place and contradicts the seats or the mode. */
export function validateAttendance(
  seats: SeatForQuorum[],
  attendance: AttendanceForQuorum[],
  mode: DeputyModeForQuorum = 'ORDERED',
): AttendanceIssue[] {
  const issues: AttendanceIssue[] = [];
  const ordinaryById = new Map(seats.filter((s) => s.kind === 'ORDINARY').map((s) => [s.seatId, s]));
  const deputySeatOf = new Map(seats.filter((s) => s.kind === 'DEPUTY').map((s) => [s.personId, s]));
  const presentPersons = new Set(attendance.filter((a) => a.present && !a.coOpted).map((a) => a.personId));
  const taken = new Set<string>();
  const servingRows = attendance.filter((a) => a.servingForSeatId !== null);

  for (const row of servingRows) {
    const seatId = row.servingForSeatId!;
    const ownSeat = deputySeatOf.get(row.personId);
    const target = ordinaryById.get(seatId);
    let code: AttendanceIssueCode | null = null;
    if (row.coOpted) code = 'CO_OPTED_SERVING';
    else if (!row.present) code = 'NOT_PRESENT';
    else if (!ownSeat) code = 'NOT_A_DEPUTY';
    else if (!target) code = 'UNKNOWN_SEAT';
    else if (presentPersons.has(target.personId)) code = 'MEMBER_PRESENT';
    else if (taken.has(seatId)) code = 'SEAT_TAKEN';
    else if (mode === 'PERSONAL' && ownSeat.personalDeputyForId !== seatId) code = 'NOT_PERSONAL_DEPUTY';
    if (code) {
      issues.push({ personId: row.personId, code });
      continue;
    }
    taken.add(seatId);
  }

  if (mode === 'ORDERED') {
    // Deputies are called in order: nobody serves while a deputy earlier in the order is present and idle.
    const validServing = new Set(
      servingRows.filter((r) => !issues.some((i) => i.personId === r.personId)).map((r) => r.personId),
    );
    const presentDeputies = seats
      .filter((s) => s.kind === 'DEPUTY' && presentPersons.has(s.personId))
      .sort(byDeputyOrder);
    for (const [index, deputy] of presentDeputies.entries()) {
      if (!validServing.has(deputy.personId)) continue;
      const idleBefore = presentDeputies.slice(0, index).some((earlier) => !validServing.has(earlier.personId));
      if (idleBefore) issues.push({ personId: deputy.personId, code: 'OUT_OF_ORDER' });
    }
  }
  return issues;
}

/** Quorum from the seats (of the body, valid at the meeting's date) and the attendance rows. */
export function computeQuorum(
  seats: SeatForQuorum[],
  attendance: AttendanceForQuorum[],
  settings: QuorumSettings,
): QuorumResult {
  const mode = settings.deputyMode ?? 'ORDERED';
  const ordinary = seats.filter((s) => s.kind === 'ORDINARY');
  const invalid = new Set(validateAttendance(seats, attendance, mode).map((issue) => issue.personId));
  const presentNotCoOpted = new Set(
    attendance.filter((a) => a.present && !a.coOpted && a.servingForSeatId === null).map((a) => a.personId),
  );
  const servingFor = new Map<string, string>();
  for (const row of attendance) {
    if (row.servingForSeatId !== null && !invalid.has(row.personId)) servingFor.set(row.servingForSeatId, row.personId);
  }

  const voterPersonIds: string[] = [];
  for (const seat of ordinary) {
    if (presentNotCoOpted.has(seat.personId)) voterPersonIds.push(seat.personId);
    else if (servingFor.has(seat.seatId)) voterPersonIds.push(servingFor.get(seat.seatId)!);
  }
  const required = requiredForQuorum(ordinary.length, settings);
  const votingPresent = voterPersonIds.length;
  return {
    ordinarySeats: ordinary.length,
    votingPresent,
    required,
    hasQuorum: ordinary.length > 0 && votingPresent >= required,
    voterPersonIds,
  };
}

export interface DeputyProposal {
  deputyPersonId: string;
  servingForSeatId: string;
}

/**
 * Which present deputy should serve for which absent ordinary member (to pre-fill the attendance form).
 * ORDERED: absent ordinary seats, in the order given, get the present deputies in `deputyOrder`.
 * PERSONAL: an absent ordinary seat gets its own personal deputy if present.
 */
export function proposeServingDeputies(
  seats: SeatForQuorum[],
  presentPersonIds: Iterable<string>,
  mode: DeputyModeForQuorum = 'ORDERED',
): DeputyProposal[] {
  const present = new Set(presentPersonIds);
  const absentOrdinary = seats.filter((s) => s.kind === 'ORDINARY' && !present.has(s.personId));
  const presentDeputies = seats.filter((s) => s.kind === 'DEPUTY' && present.has(s.personId)).sort(byDeputyOrder);
  if (mode === 'PERSONAL') {
    return absentOrdinary.flatMap((seat) => {
      const deputy = presentDeputies.find((d) => d.personalDeputyForId === seat.seatId);
      return deputy ? [{ deputyPersonId: deputy.personId, servingForSeatId: seat.seatId }] : [];
    });
  }
  return absentOrdinary
    .slice(0, presentDeputies.length)
    .map((seat, i) => ({ deputyPersonId: presentDeputies[i]!.personId, servingForSeatId: seat.seatId }));
}
