/** Prisma's PlanStatus, kept here so the rule needs no Prisma. */
export type PlanStatus = 'DRAFT' | 'IN_PREPARATION' | 'IN_CONSULTATION' | 'ON_AGENDA' | 'ADOPTED' | 'REVISED';

export const PLAN_STATUSES: readonly PlanStatus[] = [
  'DRAFT',
  'IN_PREPARATION',
  'IN_CONSULTATION',
  'ON_AGENDA',
  'ADOPTED',
  'REVISED',
];

/** What moves a plan along its road from draft to adopted. */
export type PlanEvent = 'sendToPreparation' | 'sendToConsultation' | 'putOnAgenda' | 'adopt' | 'returnToDraft';

export const PLAN_EVENTS: readonly PlanEvent[] = [
  'sendToPreparation',
  'sendToConsultation',
  'putOnAgenda',
  'adopt',
  'returnToDraft',
];

/** The road in order (REVISED is a final state beside it, reached only when a revision is adopted). */
export const PLAN_ROAD: readonly PlanStatus[] = ['DRAFT', 'IN_PREPARATION', 'IN_CONSULTATION', 'ON_AGENDA', 'ADOPTED'];

const TRANSITIONS: Readonly<Record<PlanEvent, Partial<Record<PlanStatus, PlanStatus>>>> = {
  // Preparation cannot be skipped (ADR 016): the preparation group sees every draft before the members do.
  sendToPreparation: { DRAFT: 'IN_PREPARATION' },
  sendToConsultation: { IN_PREPARATION: 'IN_CONSULTATION' },
  // The law requires the members to be consulted before the board decides the budget.
  putOnAgenda: { IN_CONSULTATION: 'ON_AGENDA' },
  // Only the board's decision adopts, and only a plan on its agenda.
  adopt: { ON_AGENDA: 'ADOPTED' },
  returnToDraft: { IN_PREPARATION: 'DRAFT', IN_CONSULTATION: 'DRAFT', ON_AGENDA: 'DRAFT' },
};

/** The status after the event, or null when the event is not allowed from that status. ADOPTED and REVISED are final. */
export function nextPlanStatus(from: PlanStatus, event: PlanEvent): PlanStatus | null {
  return TRANSITIONS[event][from] ?? null;
}

/** The events allowed from a status (for the buttons a page offers). */
export function allowedPlanEvents(from: PlanStatus): PlanEvent[] {
  return PLAN_EVENTS.filter((event) => nextPlanStatus(from, event) !== null);
}
