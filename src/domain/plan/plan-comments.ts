import { may, type Action } from '../authz/permissions';
import type { Role } from '../authz/roles';
import type { PlanStatus } from './plan-workflow';

export type CommentPhase = 'PREPARATION' | 'CONSULTATION';

/** The phase in which a plan takes comments: preparation while the group prepares it, consultation while the members are consulted. */
export function commentPhaseFor(status: PlanStatus): CommentPhase | null {
  if (status === 'IN_PREPARATION') return 'PREPARATION';
  if (status === 'IN_CONSULTATION') return 'CONSULTATION';
  return null;
}

export function commentActionFor(phase: CommentPhase): Action {
  return phase === 'PREPARATION' ? 'plan.comment.preparation' : 'plan.comment.consultation';
}

/**
 * Whether a person with these roles may comment on a plan with this status now: the preparation
 * group (and the board) during preparation, member representatives during consultation.
 */
export function mayCommentOnPlan(roles: Iterable<Role>, status: PlanStatus): boolean {
  const phase = commentPhaseFor(status);
  return phase !== null && may(roles, commentActionFor(phase));
}
