import { describe, expect, it } from 'vitest';
import { cancelRefusal } from './cancel';

const now = new Date('2026-11-20T12:00:00Z');
const later = new Date('2026-12-03T12:00:00Z');

describe('cancelRefusal', () => {
  it.each(['PLANNED', 'NOTICE_SENT'] as const)('a %s meeting ahead can be cancelled', (status) => {
    expect(cancelRefusal({ status, startsAt: later }, now)).toBeNull();
  });

  it.each(['HELD', 'MINUTES_LOCKED', 'CANCELLED'] as const)('a %s meeting cannot', (status) => {
    expect(cancelRefusal({ status, startsAt: later }, now)).toBe('NOT_OPEN');
  });

  it('a meeting that has started cannot', () => {
    expect(cancelRefusal({ status: 'NOTICE_SENT', startsAt: now }, now)).toBe('STARTED');
  });
});
