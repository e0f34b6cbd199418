import { describe, expect, it } from 'vitest';
import { ACTIONS, PERMISSIONS, allowedActions, isReadAction, may, type Action } from './permissions';
import { ROLES, type Role } from './roles';

const readActions = ACTIONS.filter(isReadAction);
const writeActions = ACTIONS.filter((action) => !isReadAction(action));

describe('may', () => {
  it('lets the auditor read everything and change nothing', () => {
    for (const action of readActions) expect(may(['AUDITOR'], action), action).toBe(true);
    for (const action of writeActions) expect(may(['AUDITOR'], action), action).toBe(false);
  });

  it('lets every role read the association, plan, budget and reports', () => {
    for (const role of ROLES) {
      for (const action of ['association.read', 'plan.read', 'budget.read', 'reports.read'] as const) {
        expect(may([role], action), `${role} ${action}`).toBe(true);
      }
    }
  });

  it('denies everything to someone without roles', () => {
    for (const action of ACTIONS) expect(may([], action)).toBe(false);
  });

  it('allows when any one of several roles allows', () => {
    expect(may(['BOARD_MEMBER'], 'invoice.attest')).toBe(false);
    expect(may(['BOARD_MEMBER', 'CHAIR'], 'invoice.attest')).toBe(true);
    expect(may(new Set<Role>(['AUDITOR', 'ADMINISTRATOR']), 'invoice.record')).toBe(true);
  });

  const table: [Action, Role[]][] = [
    ['plan.edit', ['DIRECTOR']],
    ['budget.edit', ['DIRECTOR']],
    ['plan.sendOn', ['DIRECTOR']],
    ['plan.adopt', ['DIRECTOR', 'ADMINISTRATOR']],
    ['plan.comment.preparation', ['CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'DEPUTY', 'PREPARATION_GROUP']],
    ['plan.comment.consultation', ['MEMBER_REPRESENTATIVE']],
    ['matter.prepare', ['DIRECTOR', 'PREPARATION_GROUP']],
    ['meeting.manage', ['DIRECTOR', 'ADMINISTRATOR']],
    ['minutes.write', ['DIRECTOR', 'ADMINISTRATOR']],
    ['minutes.adjust', ['CHAIR', 'VICE_CHAIR', 'BOARD_MEMBER', 'DEPUTY']],
    ['invoice.record', ['DIRECTOR', 'ADMINISTRATOR']],
    ['invoice.attest', ['DIRECTOR', 'CHAIR', 'VICE_CHAIR']],
    ['settings.edit', ['DIRECTOR', 'ADMINISTRATOR']],
    ['priceBaseAmount.edit', ['DIRECTOR']],
    ['followUp.edit', ['DIRECTOR', 'ADMINISTRATOR']],
    ['auditLog.read', ['DIRECTOR', 'CHAIR', 'AUDITOR']],
    ['mail.outbox.read', ['DIRECTOR', 'ADMINISTRATOR', 'AUDITOR']],
  ];

  it.each(table)('%s is allowed exactly for %j', (action, roles) => {
    for (const role of ROLES) expect(may([role], action), role).toBe(roles.includes(role));
  });

  it('gives the administrator no attest and no plan approval', () => {
    expect(may(['ADMINISTRATOR'], 'invoice.attest')).toBe(false);
    expect(may(['ADMINISTRATOR'], 'plan.edit')).toBe(false);
    expect(may(['ADMINISTRATOR'], 'plan.sendOn')).toBe(false);
  });
});

describe('PERMISSIONS', () => {
  it('has a row for every action and only known roles', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });

  it('lets some role perform every action', () => {
    for (const action of ACTIONS) expect(PERMISSIONS[action].length, action).toBeGreaterThan(0);
  });
});

describe('allowedActions', () => {
  it('lists the auditor’s read actions only', () => {
    expect(allowedActions(['AUDITOR'])).toEqual(readActions);
  });
});
