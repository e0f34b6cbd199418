import { describe, expect, it } from 'vitest';
import {
  allowedPlanEvents,
  nextPlanStatus,
  PLAN_EVENTS,
  PLAN_STATUSES,
  type PlanEvent,
  type PlanStatus,
} from './plan-workflow';

const LEGAL: ReadonlyArray<[PlanStatus, PlanEvent, PlanStatus]> = [
  ['DRAFT', 'sendToPreparation', 'IN_PREPARATION'],
  ['IN_PREPARATION', 'sendToConsultation', 'IN_CONSULTATION'],
  ['IN_CONSULTATION', 'putOnAgenda', 'ON_AGENDA'],
  ['ON_AGENDA', 'adopt', 'ADOPTED'],
  ['IN_PREPARATION', 'returnToDraft', 'DRAFT'],
  ['IN_CONSULTATION', 'returnToDraft', 'DRAFT'],
  ['ON_AGENDA', 'returnToDraft', 'DRAFT'],
];

describe('nextPlanStatus', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, event, to) => {
    expect(nextPlanStatus(from, event)).toBe(to);
  });

  const illegal = PLAN_STATUSES.flatMap((from) =>
    PLAN_EVENTS.filter((event) => !LEGAL.some(([f, e]) => f === from && e === event)).map(
      (event) => [from, event] as const,
    ),
  );

  it('refuses every other status × event', () => {
    expect(illegal).toHaveLength(PLAN_STATUSES.length * PLAN_EVENTS.length - LEGAL.length);
  });

  it.each(illegal)('refuses %s --%s-->', (from, event) => {
    expect(nextPlanStatus(from, event)).toBeNull();
  });

  it('does not let a draft skip preparation or consultation', () => {
    expect(nextPlanStatus('DRAFT', 'sendToConsultation')).toBeNull();
    expect(nextPlanStatus('DRAFT', 'putOnAgenda')).toBeNull();
    expect(nextPlanStatus('IN_PREPARATION', 'putOnAgenda')).toBeNull();
  });

  it('only adopts from the board agenda', () => {
    expect(PLAN_STATUSES.filter((s) => nextPlanStatus(s, 'adopt') !== null)).toEqual(['ON_AGENDA']);
  });

  it('keeps ADOPTED and REVISED final', () => {
    expect(allowedPlanEvents('ADOPTED')).toEqual([]);
    expect(allowedPlanEvents('REVISED')).toEqual([]);
  });

  it('lists the events a status allows', () => {
    expect(allowedPlanEvents('DRAFT')).toEqual(['sendToPreparation']);
    expect(allowedPlanEvents('IN_CONSULTATION')).toEqual(['putOnAgenda', 'returnToDraft']);
  });
});
