import { describe, expect, it } from 'vitest';
import { commentPhaseFor, mayCommentOnPlan } from './plan-comments';
import { PLAN_STATUSES } from './plan-workflow';

describe('commentPhaseFor', () => {
  it('takes comments only in preparation and consultation', () => {
    expect(PLAN_STATUSES.map((s) => [s, commentPhaseFor(s)])).toEqual([
      ['DRAFT', null],
      ['IN_PREPARATION', 'PREPARATION'],
      ['IN_CONSULTATION', 'CONSULTATION'],
      ['ON_AGENDA', null],
      ['ADOPTED', null],
      ['REVISED', null],
    ]);
  });
});

describe('mayCommentOnPlan', () => {
  it('lets the preparation group and the board comment in preparation, not the member representatives', () => {
    expect(mayCommentOnPlan(['PREPARATION_GROUP'], 'IN_PREPARATION')).toBe(true);
    expect(mayCommentOnPlan(['BOARD_MEMBER'], 'IN_PREPARATION')).toBe(true);
    expect(mayCommentOnPlan(['MEMBER_REPRESENTATIVE'], 'IN_PREPARATION')).toBe(false);
  });
  it('lets member representatives comment in consultation, not the preparation group', () => {
    expect(mayCommentOnPlan(['MEMBER_REPRESENTATIVE'], 'IN_CONSULTATION')).toBe(true);
    expect(mayCommentOnPlan(['PREPARATION_GROUP'], 'IN_CONSULTATION')).toBe(false);
    expect(mayCommentOnPlan(['BOARD_MEMBER'], 'IN_CONSULTATION')).toBe(false);
  });
  it('lets nobody comment outside the phases, nor the director or the auditor', () => {
    for (const status of ['DRAFT', 'ON_AGENDA', 'ADOPTED', 'REVISED'] as const) {
      expect(mayCommentOnPlan(['PREPARATION_GROUP', 'MEMBER_REPRESENTATIVE', 'CHAIR'], status)).toBe(false);
    }
    expect(mayCommentOnPlan(['DIRECTOR'], 'IN_PREPARATION')).toBe(false);
    expect(mayCommentOnPlan(['AUDITOR'], 'IN_CONSULTATION')).toBe(false);
  });
});
