/** Two people approve (justerar) the minutes; both are chosen at the meeting. */
export const ADJUSTER_COUNT = 2;

export interface PresentPerson {
  personId: string;
  /** Holds an ordinary or deputy seat on the body (present board member), serving or not. */
  boardMember: boolean;
}

/**
 * Who may be chosen as adjuster: those present with a vote (`QuorumResult.voterPersonIds`) and
 * the board members present (a deputy present without serving). The co-opted director and
 * officials who only attend may not approve the minutes of a body they are not members of.
 */
export function eligibleAdjusters(present: readonly PresentPerson[], voterPersonIds: readonly string[]): string[] {
  const eligible = new Set(voterPersonIds);
  for (const person of present) if (person.boardMember) eligible.add(person.personId);
  return [...eligible];
}

export type AdjusterProblem = 'COUNT' | 'SAME_PERSON' | 'NOT_ELIGIBLE';

/** Exactly two different people, both eligible; null when the choice is valid. */
export function checkAdjusters(chosen: readonly string[], eligible: readonly string[]): AdjusterProblem | null {
  if (chosen.length !== ADJUSTER_COUNT) return 'COUNT';
  if (new Set(chosen).size !== chosen.length) return 'SAME_PERSON';
  const allowed = new Set(eligible);
  if (chosen.some((personId) => !allowed.has(personId))) return 'NOT_ELIGIBLE';
  return null;
}
