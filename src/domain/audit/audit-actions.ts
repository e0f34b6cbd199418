/**
 * Every action the audit log records, as `area.verb` (sign-in events as `auth.signIn.outcome`).
 * `writeAuditEntry` accepts only these, and the Swedish label map (`src/i18n/sv/auditActions.ts`)
 * must name each one, so a new action without a label fails the type check. Codes are stored in
 * `AuditLog.action`: never rename one, add a new code instead.
 */
export const AUDIT_ACTIONS = [
  // Sign-in and sign-out (no association).
  'auth.signIn.succeeded',
  'auth.signIn.failed',
  'auth.signIn.lockedOut',
  'auth.signIn.blocked',
  'auth.signedOut',
  // System administration (no association).
  'system.adminCreated',
  'system.associationCreated',
  // Budget lines and amounts.
  'budget.lineAdded',
  'budget.lineUpdated',
  'budget.lineMoved',
  'budget.lineRemoved',
  'budget.cellSaved',
  'budget.contributionsFilled',
  'budget.imported',
  'budgetOutcome.saved',
  'budgetOutcome.imported',
  // The plan: versions, workflow, content.
  'plan.revisionStarted',
  'plan.revisionAdopted',
  'plan.revised',
  'plan.nextYearStarted',
  'plan.created',
  'plan.deleted',
  'plan.sentToPreparation',
  'plan.sentToConsultation',
  'plan.sentToBoard',
  'plan.putOnAgenda',
  'plan.adopted',
  'plan.returnedToDraft',
  'plan.considerationSaved',
  'plan.consultationSummarySaved',
  'plan.commented',
  'plan.commentReplied',
  'plan.sectionAdded',
  'plan.sectionUpdated',
  'plan.sectionMoved',
  'plan.sectionRemoved',
  'plan.focusAreaAdded',
  'plan.focusAreaUpdated',
  'plan.focusAreaRemoved',
  'plan.targetGroupAdded',
  'plan.targetGroupUpdated',
  'plan.targetGroupRemoved',
  'plan.goalAdded',
  'plan.goalUpdated',
  'plan.goalRemoved',
  'consultation.conclusionRecorded',
  'consultation.conclusionUpdated',
  'consultation.conclusionRemoved',
  // Interventions.
  'intervention.added',
  'intervention.updated',
  'intervention.budgetSaved',
  'intervention.fundingDecided',
  // Results and follow-up.
  'followUpReport.attached',
  'participantStats.saved',
  'participantStats.imported',
  'indicatorResult.saved',
  'goalEvaluation.saved',
  'annualReport.narrativeSaved',
  'settings.resultsChanged',
  // Invoices and the attestordning.
  'invoice.recorded',
  'invoice.attested',
  'invoice.rejected',
  'invoice.paid',
  'priceBaseAmount.set',
  'settings.delegationChanged',
  'settings.rulesChanged',
  'settings.memberAdded',
  'settings.memberChanged',
  'settings.memberRemoved',
  'settings.keyFiguresChanged',
  // Bodies, seats and terms of office.
  'boardSeat.added',
  'boardSeat.termEnded',
  'roleTerm.added',
  'roleTerm.ended',
  // Matters.
  'matter.raised',
  'matter.updated',
  'matter.preparationStarted',
  'matter.preparationSaved',
  'matter.prepared',
  'matter.returned',
  'matter.withdrawn',
  'matter.attachmentAdded',
  'matter.putOnAgenda',
  'matter.removedFromAgenda',
  'matter.decided',
  // Meetings.
  'meeting.created',
  'meeting.updated',
  'meeting.agendaItemAdded',
  'meeting.agendaItemMoved',
  'meeting.agendaItemRemoved',
  'meeting.attachmentAdded',
  'meeting.noticeSent',
  'meeting.noticeRead',
  'meeting.attendanceRecorded',
  'meeting.cancelled',
  // Minutes.
  'minutes.paragraphAdded',
  'minutes.paragraphUpdated',
  'minutes.correctionAdded',
  'minutes.decisionRecorded',
  'minutes.votesRecorded',
  'minutes.adjustersChosen',
  'minutes.approved',
  'minutes.locked',
  'minutes.markedReady',
  'minutes.approvalsVoided',
  'minutes.changeRequested',
  'minutes.officersSet',
  'minutes.paragraphMoved',
  'minutes.reauthenticationFailed',
  'minutes.decisionTookEffect',
  // The public notice board (anslagstavla).
  'noticeBoard.minutesPosted',
  'noticeBoard.planPosted',
  // A person's own settings (no association).
  'mail.preferencesChanged',
  // People: invitations, access, passwords (issue 15).
  'people.invitationCreated',
  'people.invitationResent',
  'people.invitationRevoked',
  'people.invitationAccepted',
  'people.deactivated',
  'people.reactivated',
  'auth.passwordChanged',
  'auth.passwordResetRequested',
  'auth.passwordReset',
  'auth.passwordSet',
  // Demo data (npm run db:seed).
  'seed.demo',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

/** Whether a stored action is one of ours (rows written before a code existed, or by tests, may not be). */
export function isAuditAction(action: string): action is AuditAction {
  return KNOWN.has(action);
}
