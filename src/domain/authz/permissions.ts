import { BOARD_ROLES, ROLES, type Role } from './roles';

/**
 * Everything a person can do in an association. Names ending in `.read` only read;
 * every other action changes something (the auditor may do exactly the `.read` ones).
 */
export const ACTIONS = [
  'association.read',
  'people.read',
  'settings.read',
  'plan.read',
  'budget.read',
  'reports.read',
  'matter.read',
  'meeting.read',
  'invoice.read',
  'auditLog.read',
  'mail.outbox.read',
  'plan.edit',
  'budget.edit',
  'intervention.edit',
  'plan.sendOn',
  'plan.adopt',
  'plan.revise',
  'plan.comment.preparation',
  'plan.comment.consultation',
  'plan.comment.reply',
  'matter.raise',
  'matter.prepare',
  'meeting.manage',
  'minutes.write',
  'minutes.adjust',
  'invoice.record',
  'invoice.attest',
  'invoice.markPaid',
  'followUp.edit',
  'results.edit',
  'consultation.record',
  'publicRecords.export',
  'annualReport.edit',
  'settings.edit',
  'priceBaseAmount.edit',
  'people.manage',
] as const;

export type Action = (typeof ACTIONS)[number];
export type ReadAction = Extract<Action, `${string}.read`>;

const EVERYONE = ROLES;
const OFFICE = ['DIRECTOR', 'ADMINISTRATOR'] as const satisfies readonly Role[];

/** Action × role: the roles that may perform each action. The one place access is decided. */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  'association.read': EVERYONE,
  'people.read': EVERYONE,
  'settings.read': EVERYONE,
  'plan.read': EVERYONE,
  'budget.read': EVERYONE,
  'reports.read': EVERYONE,
  'matter.read': EVERYONE,
  'meeting.read': EVERYONE,
  'invoice.read': [...OFFICE, 'CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'AUDITOR'],
  'auditLog.read': ['DIRECTOR', 'CHAIR', 'AUDITOR'],
  // The association's outbox (recipients, subjects, errors): the office that sends, and the auditor who reads all.
  'mail.outbox.read': [...OFFICE, 'AUDITOR'],

  'plan.edit': ['DIRECTOR'],
  'budget.edit': ['DIRECTOR'],
  'intervention.edit': ['DIRECTOR'],
  'plan.sendOn': ['DIRECTOR'],
  // The board adopts; the office records the decision from the minutes.
  'plan.adopt': OFFICE,
  'plan.revise': ['DIRECTOR'],
  'plan.comment.preparation': ['PREPARATION_GROUP', ...BOARD_ROLES],
  'plan.comment.consultation': ['MEMBER_REPRESENTATIVE'],
  'plan.comment.reply': ['DIRECTOR'],

  // A member representative only for the member they represent (src/domain/matter/matter-rights.ts, ADR 036).
  'matter.raise': [...OFFICE, 'CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'PREPARATION_GROUP', 'MEMBER_REPRESENTATIVE'],
  'matter.prepare': ['DIRECTOR', 'PREPARATION_GROUP'],
  'meeting.manage': OFFICE,
  'minutes.write': OFFICE,
  // Necessary, not sufficient: the person must also be chosen as adjuster of that meeting.
  'minutes.adjust': BOARD_ROLES,

  'invoice.record': OFFICE,
  // Necessary, not sufficient: the amount and who the invoice concerns decide (attest rules).
  'invoice.attest': ['DIRECTOR', 'CHAIR', 'VICE_CHAIR'],
  'invoice.markPaid': OFFICE,

  'followUp.edit': OFFICE,
  // Participant statistics, indicator results and goal evaluations (aggregates only).
  'results.edit': OFFICE,
  // The conclusions of a members' consultation (medlemssamråd).
  'consultation.record': OFFICE,
  'publicRecords.export': OFFICE,
  'annualReport.edit': ['DIRECTOR'],
  'settings.edit': ['DIRECTOR', 'ADMINISTRATOR'],
  'priceBaseAmount.edit': ['DIRECTOR'],
  'people.manage': OFFICE,
};

export function isReadAction(action: Action): action is ReadAction {
  return action.endsWith('.read');
}

/** Whether any of the person's roles in an association allows the action. */
export function may(roles: Iterable<Role>, action: Action): boolean {
  const allowed = PERMISSIONS[action];
  for (const role of roles) if (allowed.includes(role)) return true;
  return false;
}

/** The actions the roles allow, e.g. to decide which links a page shows. */
export function allowedActions(roles: Iterable<Role>): Action[] {
  const list = [...roles];
  return ACTIONS.filter((action) => may(list, action));
}
