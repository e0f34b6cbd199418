import { describe, expect, it } from 'vitest';
import {
  MATTER_EVENTS,
  MATTER_STATUSES,
  allowedMatterEvents,
  nextMatterStatus,
  type MatterEvent,
  type MatterStatus,
} from './matter-status';

/** Every legal transition; everything else must be refused. */
const LEGAL: Array<[MatterStatus, MatterEvent, MatterStatus]> = [
  ['RAISED', 'startPreparation', 'IN_PREPARATION'],
  ['RAISED', 'return', 'RETURNED'],
  ['RAISED', 'withdraw', 'WITHDRAWN'],
  ['IN_PREPARATION', 'markPrepared', 'PREPARED'],
  ['IN_PREPARATION', 'return', 'RETURNED'],
  ['IN_PREPARATION', 'withdraw', 'WITHDRAWN'],
  ['PREPARED', 'putOnAgenda', 'ON_AGENDA'],
  ['PREPARED', 'startPreparation', 'IN_PREPARATION'],
  ['PREPARED', 'return', 'RETURNED'],
  ['PREPARED', 'withdraw', 'WITHDRAWN'],
  ['ON_AGENDA', 'removeFromAgenda', 'PREPARED'],
  ['ON_AGENDA', 'decide', 'DECIDED'],
  ['ON_AGENDA', 'return', 'RETURNED'],
  ['ON_AGENDA', 'withdraw', 'WITHDRAWN'],
  ['RETURNED', 'startPreparation', 'IN_PREPARATION'],
  ['RETURNED', 'withdraw', 'WITHDRAWN'],
];

describe('nextMatterStatus', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, event, to) => {
    expect(nextMatterStatus(from, event)).toBe(to);
  });

  const illegal = MATTER_STATUSES.flatMap((from) =>
    MATTER_EVENTS.map((event) => [from, event] as [MatterStatus, MatterEvent]),
  ).filter(([from, event]) => !LEGAL.some(([f, e]) => f === from && e === event));

  it('covers all statuses × events', () => {
    expect(illegal.length + LEGAL.length).toBe(7 * 7);
  });

  it.each(illegal)('refuses %s --%s', (from, event) => {
    expect(nextMatterStatus(from, event)).toBeNull();
  });

  it('a decided or withdrawn matter is final', () => {
    expect(allowedMatterEvents('DECIDED')).toEqual([]);
    expect(allowedMatterEvents('WITHDRAWN')).toEqual([]);
  });

  it('a returned matter can be prepared again and go all the way to a decision', () => {
    let status: MatterStatus = 'RETURNED';
    for (const event of ['startPreparation', 'markPrepared', 'putOnAgenda', 'decide'] as MatterEvent[])
      status = nextMatterStatus(status, event)!;
    expect(status).toBe('DECIDED');
  });
});
