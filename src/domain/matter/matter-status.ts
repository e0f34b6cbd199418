/** A matter's status (Prisma's `MatterStatus`, declared here so the domain needs no Prisma; tests/static/domain-vocabulary.test.ts keeps them equal). */
export type MatterStatus =
  'RAISED' | 'IN_PREPARATION' | 'PREPARED' | 'ON_AGENDA' | 'DECIDED' | 'RETURNED' | 'WITHDRAWN';

/** What can happen to a matter (ärende). Each use case names the event it performs. */
export type MatterEvent =
  'startPreparation' | 'markPrepared' | 'putOnAgenda' | 'removeFromAgenda' | 'decide' | 'return' | 'withdraw';

export const MATTER_EVENTS: readonly MatterEvent[] = [
  'startPreparation',
  'markPrepared',
  'putOnAgenda',
  'removeFromAgenda',
  'decide',
  'return',
  'withdraw',
];

export const MATTER_STATUSES: readonly MatterStatus[] = [
  'RAISED',
  'IN_PREPARATION',
  'PREPARED',
  'ON_AGENDA',
  'DECIDED',
  'RETURNED',
  'WITHDRAWN',
];

/**
 * The matter's life cycle: raised → in preparation → prepared → on an agenda → decided, or returned
 * (sent back; a returned matter can be prepared again) or withdrawn. Decided and withdrawn are final.
 */
const TRANSITIONS: Record<MatterStatus, Partial<Record<MatterEvent, MatterStatus>>> = {
  RAISED: { startPreparation: 'IN_PREPARATION', return: 'RETURNED', withdraw: 'WITHDRAWN' },
  IN_PREPARATION: { markPrepared: 'PREPARED', return: 'RETURNED', withdraw: 'WITHDRAWN' },
  PREPARED: { putOnAgenda: 'ON_AGENDA', startPreparation: 'IN_PREPARATION', return: 'RETURNED', withdraw: 'WITHDRAWN' },
  ON_AGENDA: { removeFromAgenda: 'PREPARED', decide: 'DECIDED', return: 'RETURNED', withdraw: 'WITHDRAWN' },
  RETURNED: { startPreparation: 'IN_PREPARATION', withdraw: 'WITHDRAWN' },
  DECIDED: {},
  WITHDRAWN: {},
};

/** The status after `event`, or null when the event is not allowed from `from`. */
export function nextMatterStatus(from: MatterStatus, event: MatterEvent): MatterStatus | null {
  return TRANSITIONS[from][event] ?? null;
}

/** The events allowed from a status (for showing only the buttons that can work). */
export function allowedMatterEvents(from: MatterStatus): MatterEvent[] {
  return MATTER_EVENTS.filter((event) => nextMatterStatus(from, event) !== null);
}

/** Preparation text (assessment, proposal) can be edited while the matter is being prepared. */
export function isMatterPreparationEditable(status: MatterStatus): boolean {
  return status === 'IN_PREPARATION';
}

/** The raiser's details (title, description, amount, period) can be edited until preparation is done. */
export function isMatterDetailsEditable(status: MatterStatus): boolean {
  return status === 'RAISED' || status === 'IN_PREPARATION' || status === 'RETURNED';
}
