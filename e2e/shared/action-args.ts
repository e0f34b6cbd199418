import type { APIRequestContext } from '@playwright/test';
import pg from 'pg';

/**
 * Arguments for every server action, shared by the specs that post actions directly
 * (auditor.spec.ts: the auditor is refused everywhere; authorization-sweep.spec.ts: every
 * identity gets what the authorization table says). Each row is keyed by the action's exported
 * name and must pass the action's zod parse, so the answer comes from authorization, not from
 * validation. A spec that finds an action in the build without a row here fails: add one.
 */

export const SLUG = 'finsamgotland';

export interface SeededIds {
  draftPlan: string;
  adoptedPlan: string;
  draftLine: string;
  adoptedLine: string;
  invoice: string;
  attestedInvoice: string;
  upcomingMeeting: string;
  decision: string;
  heldMeeting: string;
  consultationMeeting: string;
  paragraph: string;
  agendaItem: string;
  raisedMatter: string;
  preparingMatter: string;
  intervention: string;
  section: string;
  targetGroup: string;
  focusArea: string;
  goal: string;
  conclusion: string;
  /** A plan open for comments (IN_PREPARATION) where there is one, else the draft. */
  commentablePlan: string;
  /** Stored files, where the seed has them ('ingen-bilaga' otherwise: the answer is then 404). */
  invoiceAttachment: { id: string; invoiceId: string };
  matterAttachment: { id: string; matterId: string };
  agendaAttachment: string;
  /** FinsamGotland's Försäkringskassan (has budget lines, so removing it is refused past the gate). */
  member: string;
}

/** Ids of seeded FinsamGotland rows the arguments refer to (so each input passes its zod parse). */
export async function seededIds(databaseUrl: string): Promise<SeededIds> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => ((await client.query(sql)).rows[0] as { id: string }).id;
    const row = async (sql: string) => (await client.query(sql)).rows[0] as Record<string, string> | undefined;
    const association = await one(`SELECT id FROM "Association" WHERE slug = '${SLUG}'`);
    const draftPlan = await one(
      `SELECT id FROM "Plan" WHERE "associationId" = '${association}' AND status = 'DRAFT' ORDER BY year LIMIT 1`,
    );
    const adoptedPlan = await one(
      `SELECT id FROM "Plan" WHERE "associationId" = '${association}' AND status = 'ADOPTED' AND year = 2026`,
    );
    const heldMeeting = await one(
      `SELECT id FROM "Meeting" WHERE "associationId" = '${association}' AND body = 'BOARD' AND status = 'MINUTES_LOCKED' ORDER BY "startsAt" LIMIT 1`,
    );
    const invoiceAttachment = await row(
      `SELECT id, "invoiceId" FROM "Attachment" WHERE "associationId" = '${association}' AND "invoiceId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
    );
    const matterAttachment = await row(
      `SELECT id, "matterId" FROM "Attachment" WHERE "associationId" = '${association}' AND "matterId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
    );
    const agendaAttachment = await row(
      `SELECT id FROM "Attachment" WHERE "associationId" = '${association}' AND "agendaItemId" IS NOT NULL ORDER BY "createdAt" LIMIT 1`,
    );
    const commentablePlan = await row(
      `SELECT id FROM "Plan" WHERE "associationId" = '${association}' AND status = 'IN_PREPARATION' ORDER BY year LIMIT 1`,
    );
    const member = await one(
      `SELECT id FROM "Member" WHERE "associationId" = '${association}' AND kind = 'FK' ORDER BY "order" LIMIT 1`,
    );
    const raised = await one(
      `SELECT id FROM "Matter" WHERE "associationId" = '${association}' AND status = 'RAISED' ORDER BY number LIMIT 1`,
    );
    return {
      member,
      commentablePlan: commentablePlan?.id ?? draftPlan,
      invoiceAttachment: {
        id: invoiceAttachment?.id ?? 'ingen-bilaga',
        invoiceId: invoiceAttachment?.invoiceId ?? 'ingen-faktura',
      },
      matterAttachment: { id: matterAttachment?.id ?? 'ingen-bilaga', matterId: matterAttachment?.matterId ?? raised },
      agendaAttachment: agendaAttachment?.id ?? 'ingen-bilaga',
      draftPlan,
      adoptedPlan,
      draftLine: await one(
        `SELECT id FROM "BudgetLine" WHERE "planId" = '${draftPlan}' AND type = 'COST' ORDER BY "order" LIMIT 1`,
      ),
      adoptedLine: await one(
        `SELECT id FROM "BudgetLine" WHERE "planId" = '${adoptedPlan}' AND type = 'COST' ORDER BY "order" LIMIT 1`,
      ),
      invoice: await one(
        `SELECT id FROM "Invoice" WHERE "associationId" = '${association}' AND "invoiceNumber" = 'KG-30211'`,
      ),
      attestedInvoice: await one(
        `SELECT id FROM "Invoice" WHERE "associationId" = '${association}' AND "invoiceNumber" = '2026-0412'`,
      ),
      upcomingMeeting: await one(
        `SELECT id FROM "Meeting" WHERE "associationId" = '${association}' AND status = 'PLANNED' ORDER BY "startsAt" LIMIT 1`,
      ),
      decision: await one(`SELECT id FROM "Decision" WHERE "associationId" = '${association}' LIMIT 1`),
      heldMeeting,
      consultationMeeting: await one(
        `SELECT id FROM "Meeting" WHERE "associationId" = '${association}' AND body = 'MEMBERS_CONSULTATION' ORDER BY "startsAt" LIMIT 1`,
      ),
      paragraph: await one(
        `SELECT id FROM "MinutesParagraph" WHERE "meetingId" = '${heldMeeting}' ORDER BY number LIMIT 1`,
      ),
      agendaItem: await one(
        `SELECT a.id FROM "AgendaItem" a JOIN "Meeting" m ON m.id = a."meetingId" WHERE m."associationId" = '${association}' AND m.status = 'PLANNED' ORDER BY m."startsAt", a."order" LIMIT 1`,
      ),
      raisedMatter: await one(
        `SELECT id FROM "Matter" WHERE "associationId" = '${association}' AND status = 'RAISED' ORDER BY number LIMIT 1`,
      ),
      preparingMatter: await one(
        `SELECT id FROM "Matter" WHERE "associationId" = '${association}' AND status = 'IN_PREPARATION' ORDER BY number LIMIT 1`,
      ),
      intervention: await one(
        `SELECT id FROM "Intervention" WHERE "associationId" = '${association}' AND status = 'RUNNING' ORDER BY name LIMIT 1`,
      ),
      section: await one(`SELECT id FROM "PlanSection" WHERE "planId" = '${draftPlan}' ORDER BY "order" LIMIT 1`),
      // Plan content of any of the association's plans (the draft may have none of its own).
      targetGroup: await one(
        `SELECT t.id FROM "TargetGroup" t JOIN "Plan" p ON p.id = t."planId" WHERE p."associationId" = '${association}' ORDER BY (p.id = '${draftPlan}') DESC, t.priority LIMIT 1`,
      ),
      focusArea: await one(
        `SELECT f.id FROM "FocusArea" f JOIN "Plan" p ON p.id = f."planId" WHERE p."associationId" = '${association}' ORDER BY (p.id = '${draftPlan}') DESC, f."order" LIMIT 1`,
      ),
      goal: await one(
        `SELECT g.id FROM "Goal" g JOIN "Plan" p ON p.id = g."planId" WHERE p."associationId" = '${association}' ORDER BY (p.id = '${adoptedPlan}') DESC, g."order" LIMIT 1`,
      ),
      conclusion: await one(
        `SELECT id FROM "ConsultationConclusion" WHERE "associationId" = '${association}' ORDER BY "order" LIMIT 1`,
      ),
    };
  } finally {
    await client.end();
  }
}

/** A FormData argument, posted in React's reply encoding: field `_<part>_<name>`, referenced as `$K<part>`. */
export interface FormArg {
  form: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}
export type Arg = unknown | FormArg;
const form = (fields: FormArg['form']): FormArg => ({ form: fields });
const csv = (text: string) => ({ name: 'fil.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
const pdf = () => ({ name: 'bilaga.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
const zeroCounts = Object.fromEntries(
  [
    'women',
    'men',
    'otherOrUnknown',
    'newCount',
    'activeCount',
    'endedCount',
    'endedWork',
    'endedStudies',
    'endedWageSubsidy',
    'endedMemberService',
    'endedIllness',
    'endedOwnWish',
    'endedOther',
    'stepMovement',
  ].map((field) => [field, 0]),
);

/**
 * Every server action by its exported name, with valid-shaped arguments built from seeded ids (a
 * refusal must come from authorization, not from validation). An action in the build that is
 * missing here fails the test: add a row for it.
 */
export const ACTION_ARGS: Record<string, (ids: SeededIds) => Arg[]> = {
  saveBudgetCellAction: (ids) => [
    SLUG,
    { lineId: ids.draftLine, year: 2027, kind: 'BUDGET', amount: '100', version: null },
  ],
  addBudgetLineAction: (ids) => [
    SLUG,
    { planId: ids.draftPlan, name: 'Revisorns rad', type: 'COST', category: 'INTERVENTION' },
  ],
  fillContributionsFromStateAction: (ids) => [SLUG, { planId: ids.draftPlan }],
  moveBudgetLineAction: (ids) => [SLUG, { lineId: ids.draftLine, version: 1, direction: 'down' }],
  removeBudgetLineAction: (ids) => [SLUG, { lineId: ids.draftLine, version: 1 }],
  updateBudgetLineAction: (ids) => [
    SLUG,
    { lineId: ids.draftLine, version: 1, name: 'Ändrad', category: 'INTERVENTION', outsideTotal: false, note: '' },
  ],
  previewBudgetImportAction: (ids) => [SLUG, form({ planId: ids.draftPlan, file: csv('Rad;2027\n') })],
  importBudgetAction: (ids) => [SLUG, form({ planId: ids.draftPlan, mode: 'replace', file: csv('Rad;2027\n') })],
  saveOutcomeAction: (ids) => [SLUG, { lineId: ids.adoptedLine, month: 1, amount: '100', version: null }],
  importOutcomeAction: (ids) => [SLUG, form({ planId: ids.adoptedPlan, file: csv('Rad;Jan\n') })],
  attachFollowUpReportAction: (ids) => [SLUG, { date: '2026-11-25', meetingId: ids.upcomingMeeting }],
  startBudgetRevisionAction: (ids) => [SLUG, { planId: ids.adoptedPlan }],
  adoptBudgetRevisionAction: (ids) => [SLUG, { planId: ids.adoptedPlan, decisionId: ids.decision }],
  recordInvoiceAction: () => [
    SLUG,
    form({
      supplier: 'Revisorns leverantör AB',
      invoiceNumber: 'R-1',
      invoiceDate: '2026-11-20',
      amountExclVat: '100',
      vatPercent: '25',
      payeeKind: 'SUPPLIER',
    }),
  ],
  attestInvoiceAction: (ids) => [SLUG, { invoiceId: ids.invoice, version: 1 }],
  rejectInvoiceAction: (ids) => [SLUG, { invoiceId: ids.invoice, version: 1, reason: 'Fel belopp' }],
  markInvoicePaidAction: (ids) => [SLUG, { invoiceId: ids.attestedInvoice, version: 1, paidAt: '2026-11-25' }],
  updateDelegationSettingsAction: (ids) => [
    SLUG,
    {
      version: null,
      decisionId: ids.decision,
      directorAttestLimitPbb: '2',
      attestAboveLimitRole: 'CHAIR',
      attestSubstituteRole: 'VICE_CHAIR',
      directorSubstituteRole: 'CHAIR',
    },
  ],
  setPriceBaseAmountAction: () => [SLUG, { year: 2027, amount: '60000', version: null }],
  // Rules and members (src/actions/settings.ts)
  saveAssociationRulesAction: () => [
    SLUG,
    {
      year: 2030,
      version: null,
      regionHoldsMunicipalRole: true,
      municipalSplitKey: 'EQUAL',
      equityFloor: '650 000',
      capTiers: [{ upTo: '7 000 000', percent: '20' }],
      prognosisYears: 3,
      adoptionDeadlineMonth: 11,
      adoptionDeadlineDay: 30,
      quorumRule: 'MORE_THAN_HALF',
      quorumFixedCount: null,
      noticeBoardText: 'Anslagstavlan i Visby',
      noticeBoardUrl: null,
      decisionsNeedAdjustedMinutes: false,
    },
  ],
  addMemberAction: () => [
    SLUG,
    { kind: 'MUNICIPALITY', name: 'Svepkommunen', orgNumber: null, order: 9, joinedYear: 2030, leftYear: null },
  ],
  updateMemberAction: (ids) => [
    SLUG,
    {
      memberId: ids.member,
      version: 1,
      kind: 'FK',
      name: 'Försäkringskassan',
      orgNumber: '202100-5521',
      order: 1,
      joinedYear: null,
      leftYear: null,
    },
  ],
  removeMemberAction: (ids) => [SLUG, { memberId: ids.member, version: 1 }],
  saveKeyFiguresAction: () => [SLUG, { year: 2030, figures: [] }],
  // Bodies, seats and terms of office (src/actions/board.ts): arguments that change nothing even
  // where allowed (no holder; unknown seat, person and term), so the sweep leaves the board as seeded.
  addBoardSeatAction: () => [
    SLUG,
    {
      kind: 'ORDINARY',
      joint: false,
      memberIds: [],
      personId: '',
      from: '2027-01-01',
      to: '',
      deputyOrder: '',
      personalDeputyForId: '',
      workingCommittee: false,
    },
  ],
  endBoardSeatTermAction: () => [SLUG, { seatId: 'ingen-plats', version: 1, to: '2026-12-31' }],
  addRoleTermAction: () => [
    SLUG,
    { personId: 'ingen-person', role: 'CHAIR', memberId: '', from: '2027-01-01', to: '' },
  ],
  endRoleTermAction: () => [SLUG, { roleAssignmentId: 'inget-uppdrag', version: 1, to: '2026-12-31' }],
  // Plan content (src/actions/plan.ts)
  startNextYearPlanAction: (ids) => [SLUG, { sourcePlanId: ids.draftPlan }],
  // A past year FinsamGotland has no plan for; the delete's version is stale, so no sweep removes the draft.
  createPlanAction: () => [SLUG, { year: 2010 }],
  deleteDraftPlanAction: (ids) => [SLUG, { planId: ids.draftPlan, version: 999 }],
  savePlanSectionAction: (ids) => [
    SLUG,
    {
      planId: ids.draftPlan,
      sectionId: ids.section,
      version: 1,
      title: 'Revisorns rubrik',
      level: 1,
      bodyMarkdown: 'Text',
    },
  ],
  movePlanSectionAction: (ids) => [SLUG, { sectionId: ids.section, version: 1, direction: 'down' }],
  removePlanSectionAction: (ids) => [SLUG, { sectionId: ids.section, version: 1 }],
  saveTargetGroupAction: (ids) => [
    SLUG,
    {
      planId: ids.draftPlan,
      targetGroupId: ids.targetGroup,
      version: 1,
      name: 'Unga vuxna',
      description: '',
      ageMin: 16,
      ageMax: 29,
      priority: 1,
      rationale: '',
    },
  ],
  saveFocusAreaAction: (ids) => [
    SLUG,
    { planId: ids.draftPlan, focusAreaId: ids.focusArea, version: 1, title: 'Fokus', description: '' },
  ],
  saveGoalAction: (ids) => [
    SLUG,
    {
      planId: ids.draftPlan,
      goalId: ids.goal,
      version: 1,
      level: 'INDIVIDUAL',
      text: 'Mål',
      targetKind: 'PERCENT',
      targetValue: '50',
      indicator: '',
      measure: null,
      financialCheck: null,
      targetGroupIds: [],
      interventionIds: [],
    },
  ],
  removePlanContentAction: (ids) => [SLUG, { kind: 'goal', rowId: ids.goal, version: 1 }],
  // Plan workflow (src/actions/plan-workflow.ts)
  movePlanAction: (ids) => [SLUG, { planId: ids.draftPlan, version: 1, step: 'sendToPreparation' }],
  commentPlanAction: (ids) => [SLUG, { planId: ids.commentablePlan, sectionId: null, body: 'Revisorns kommentar' }],
  replyToCommentAction: () => [SLUG, { commentId: 'ingen-kommentar', version: 1, reply: 'Svar' }],
  saveSummaryAction: (ids) => [SLUG, { planId: ids.draftPlan, version: 1, summary: 'Sammanfattning' }],
  saveConsiderationAction: (ids) => [
    SLUG,
    { planId: ids.draftPlan, conclusionId: ids.conclusion, text: 'Övervägande', version: null },
  ],
  saveConclusionAction: (ids) => [
    SLUG,
    {
      conclusionId: ids.conclusion,
      version: 1,
      year: 2026,
      meetingId: ids.consultationMeeting,
      question: 'Fråga',
      conclusion: 'Slutsats',
    },
  ],
  removeConclusionAction: (ids) => [SLUG, { conclusionId: ids.conclusion, version: 1 }],
  // Interventions (src/actions/interventions.ts)
  saveInterventionAction: (ids) => [
    SLUG,
    {
      interventionId: ids.intervention,
      version: 1,
      name: 'Ändrad insats',
      kind: 'INDIVIDUAL',
      status: 'RUNNING',
      description: '',
      startDate: '2026-01-01',
      endDate: null,
      implementationPlan: '',
      fundingDecisionId: null,
      responsibleMemberIds: [],
      targetGroupIds: [],
    },
  ],
  saveInterventionBudgetAction: (ids) => [
    SLUG,
    {
      interventionId: ids.intervention,
      planId: ids.draftPlan,
      amounts: [{ year: 2027, amount: '100', version: null }],
    },
  ],
  // Matters (src/actions/matters.ts)
  raiseMatterAction: () => [SLUG, { kind: 'GENERAL', title: 'Revisorns ärende', description: '' }],
  saveMatterPreparationAction: (ids) => [
    SLUG,
    { matterId: ids.preparingMatter, version: 1, assessment: 'Bedömning', proposedDecision: 'Förslag' },
  ],
  matterStepAction: (ids) => [SLUG, { step: 'startPreparation', matterId: ids.raisedMatter, version: 1 }],
  addMatterAttachmentAction: (ids) => [SLUG, form({ matterId: ids.raisedMatter, file: pdf() })],
  // Meetings (src/actions/meetings.ts)
  createMeetingAction: () => [
    SLUG,
    { body: 'BOARD', title: 'Revisorns möte', startsAt: '2026-12-18T09:00', location: '' },
  ],
  updateMeetingAction: (ids) => [
    SLUG,
    {
      meetingId: ids.upcomingMeeting,
      version: 1,
      title: 'Styrelsemöte',
      startsAt: '2026-12-18T09:00',
      location: 'Visby',
    },
  ],
  addAgendaItemAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, title: 'Revisorns punkt' }],
  moveAgendaItemAction: (ids) => [
    SLUG,
    { meetingId: ids.upcomingMeeting, version: 1, agendaItemId: ids.agendaItem, direction: 'down' },
  ],
  removeAgendaItemAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, agendaItemId: ids.agendaItem }],
  putMatterOnAgendaAction: (ids) => [
    SLUG,
    { meetingId: ids.upcomingMeeting, version: 1, matterId: ids.preparingMatter, matterVersion: 1 },
  ],
  sendNoticeAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1 }],
  cancelMeetingAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1 }],
  recordAttendanceAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, rows: [] }],
  // Reading a notice is the reader's own; the auditor has none, and someone else's is not found.
  markNoticeReadAction: () => [SLUG, { noticeId: 'ingen-kallelse' }],
  addAgendaAttachmentAction: (ids) => [
    SLUG,
    form({ meetingId: ids.upcomingMeeting, agendaItemId: ids.agendaItem, file: pdf() }),
  ],
  // Minutes (src/actions/minutes.ts)
  addParagraphAction: (ids) => [
    SLUG,
    {
      meetingId: ids.upcomingMeeting,
      agendaItemId: ids.agendaItem,
      title: 'Revisorns paragraf',
      discussion: '',
      decisionText: '',
    },
  ],
  updateParagraphAction: (ids) => [
    SLUG,
    { paragraphId: ids.paragraph, version: 1, title: 'Ändrad', discussion: '', decisionText: '' },
  ],
  recordDecisionAction: (ids) => [SLUG, { paragraphId: ids.paragraph, version: 1, text: 'Beslut' }],
  recordVotesAction: (ids) => [SLUG, { paragraphId: ids.paragraph, votes: [] }],
  chooseAdjustersAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, personIds: [] }],
  approveMinutesAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, contentHash: '', password: '' }],
  markMinutesReadyAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting }],
  requestMinutesChangeAction: (ids) => [
    SLUG,
    { meetingId: ids.upcomingMeeting, comment: 'Rätta paragrafen om planen.' },
  ],
  setMinutesOfficersAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, chairId: null, secretaryId: null }],
  moveParagraphAction: (ids) => [SLUG, { paragraphId: ids.paragraph, direction: 'up' }],
  addCorrectionParagraphAction: (ids) => [
    SLUG,
    { meetingId: ids.upcomingMeeting, correctsId: ids.paragraph, title: 'Rättelse', discussion: '', decisionText: '' },
  ],
  // Results and the annual report (src/actions/results.ts)
  saveParticipantStatsAction: (ids) => [
    SLUG,
    {
      interventionId: ids.intervention,
      periodKind: 'MONTH',
      year: 2026,
      period: 1,
      ...zeroCounts,
      ageBandCounts: [],
      note: '',
      version: null,
    },
  ],
  importParticipantStatsAction: () => [SLUG, form({ apply: '0', file: csv('Insats;År;Månad\n') })],
  saveIndicatorResultAction: (ids) => [
    SLUG,
    {
      interventionId: ids.intervention,
      year: 2026,
      question: 'Fråga',
      answers: 10,
      agreeing: 5,
      note: '',
      version: null,
    },
  ],
  saveGoalEvaluationAction: (ids) => [SLUG, { goalId: ids.goal, year: 2026, note: '', outcome: null, version: null }],
  updateSocioEconomicSettingsAction: () => [
    SLUG,
    { version: null, monthly: '20000', months: 12, ageBandLimits: '25, 30' },
  ],
  saveAnnualReportNarrativeAction: () => [
    SLUG,
    { year: 2026, narrative: { introduction: '', reflections: '', nextYear: '' }, version: null },
  ],
  // System administration (src/actions/system.ts, assertSystemAdmin): no slug; no sweep identity is a system
  // administrator, so each is refused (FORBIDDEN) before anything is created.
  createAssociationAction: () => [{ name: 'Svepets förbund', slug: 'svepets-forbund', orgNumber: '222000-0000' }],
  inviteDirectorAction: () => [{ associationId: 'ingen-sadan', email: 'chef@svep.se', name: 'Svep Chef' }],
  // Person-scoped (PERSON_ACTIONS): no slug; the choice it saves is the default, so a sweep changes nothing a person sees.
  saveMailPreferencesAction: () => [{ choices: [{ kind: 'COMMENT_REPLY', delivery: 'IMMEDIATE' }] }],
  // The current password is wrong for every identity, so a sweep changes no one's password.
  changePasswordAction: () => [
    {
      currentPassword: 'inte-rätt-lösenord',
      password: 'ett-helt-nytt-lösen-9',
      passwordAgain: 'ett-helt-nytt-lösen-9',
    },
  ],
  // People (issue 15). Ids that exist nowhere: an office role gets past the gate to NOT_FOUND, others FORBIDDEN.
  invitePersonAction: () => [
    SLUG,
    {
      email: 'svep.inbjudan@example.se',
      name: 'Svep Inbjudan',
      roles: [{ role: 'AUDITOR', memberId: null, validFrom: '', validTo: '' }],
    },
  ],
  resendInvitationAction: () => [SLUG, { invitationId: 'ingen-inbjudan', version: 1 }],
  revokeInvitationAction: () => [SLUG, { invitationId: 'ingen-inbjudan', version: 1 }],
  deactivatePersonAction: () => [SLUG, { personId: 'ingen-person', version: 1 }],
  reactivatePersonAction: () => [SLUG, { personId: 'ingen-person', version: 1 }],
};

/**
 * Actions built with personAction (src/server/http/person-action.ts): a person acting on their own
 * rows outside any association. Any signed-in person may (the auditor and people of another
 * association too), so the sweep expects them past the gate for every session and UNAUTHENTICATED
 * without one, and the auditor's "refused everywhere" leaves them out. The static test checks that
 * this list and the actions built with personAction are the same.
 */
export const PERSON_ACTIONS: Record<string, string> = {
  saveMailPreferencesAction: 'the signed-in person’s own mail preferences (/konto/e-post)',
  changePasswordAction: 'the signed-in person’s own password, the current one required (/konto/losenord)',
};

/**
 * Server actions open to everyone by design (built with publicAction, src/server/http/public-action.ts),
 * each with the reason; the sweeps leave them out and check they still exist. Their proof is a
 * one-time token from a mail, or nothing where the answer reveals nothing.
 */
export const PUBLIC_ACTIONS: Record<string, string> = {
  acceptInvitationAction: 'accepting an invitation (/inbjudan/[token]): the invitation’s one-time token is the proof',
  resetPasswordAction: 'a new password from a mailed link (/losenord/[token]): the one-time token is the proof',
  requestPasswordResetAction:
    '“Glömt lösenordet?” (/losenord/glomt): the same answer for every address; a mail only to the address itself',
};

/**
 * Where an action checks one of several permissions depending on its input or the row's state,
 * the branch these arguments reach: a function on the way to the check, or the permission
 * itself. The authorization sweep still reads the permission from the source.
 */
export const ACTION_BRANCH: Record<string, string> = {
  // takeMatterStep: 'startPreparation' dispatches to startMatterPreparation (withdraw checks matter.raise;
  // 'return' is refused after matter.read: återremiss is the board's decision, ADR 036).
  matterStepAction: 'startMatterPreparation',
  // The permission follows the plan's phase; commentablePlan is IN_PREPARATION where the sweep made one.
  commentPlanAction: 'plan.comment.preparation',
};

/**
 * Every route handler by its route (as in the build's app-paths manifest, without `/route`),
 * with the path and query the sweep requests. A handler in the build without a row here fails
 * the sweep: add one.
 */
export const ROUTE_ARGS: Record<string, (ids: SeededIds) => string> = {
  '/forbund/[slug]/arenden/[matterId]/bilagor/[attachmentId]': (ids) =>
    `/forbund/${SLUG}/arenden/${ids.matterAttachment.matterId}/bilagor/${ids.matterAttachment.id}`,
  '/forbund/[slug]/budget/export.csv': () => `/forbund/${SLUG}/budget/export.csv?ar=2026`,
  '/forbund/[slug]/budget/export.xlsx': () => `/forbund/${SLUG}/budget/export.xlsx?ar=2026`,
  '/forbund/[slug]/budget/uppfoljning/rapport.pdf': () =>
    `/forbund/${SLUG}/budget/uppfoljning/rapport.pdf?datum=2026-10-31`,
  '/forbund/[slug]/fakturor/[invoiceId]/bilagor/[attachmentId]': (ids) =>
    `/forbund/${SLUG}/fakturor/${ids.invoiceAttachment.invoiceId}/bilagor/${ids.invoiceAttachment.id}`,
  '/forbund/[slug]/fakturor/attestlogg/export.csv': () => `/forbund/${SLUG}/fakturor/attestlogg/export.csv`,
  '/forbund/[slug]/fakturor/attestlogg/export.xlsx': () => `/forbund/${SLUG}/fakturor/attestlogg/export.xlsx`,
  '/forbund/[slug]/plan/dokument/plan.pdf': () => `/forbund/${SLUG}/plan/dokument/plan.pdf?ar=2026`,
  '/forbund/[slug]/rapporter/allmanna-handlingar/export.zip': () =>
    `/forbund/${SLUG}/rapporter/allmanna-handlingar/export.zip?amne=plan:2026`,
  '/forbund/[slug]/rapporter/verksamhetsberattelse/[year]/verksamhetsberattelse.pdf': () =>
    `/forbund/${SLUG}/rapporter/verksamhetsberattelse/2026/verksamhetsberattelse.pdf`,
  '/forbund/[slug]/resultat/mall.csv': () => `/forbund/${SLUG}/resultat/mall.csv?ar=2026`,
  '/forbund/[slug]/resultat/mall.xlsx': () => `/forbund/${SLUG}/resultat/mall.xlsx?ar=2026`,
  '/forbund/[slug]/revision/rapport/[file]': () => `/forbund/${SLUG}/revision/rapport/attestlogg.pdf?ar=2026`,
  '/forbund/[slug]/sammantraden/[meetingId]/protokoll/protokoll.pdf': (ids) =>
    `/forbund/${SLUG}/sammantraden/${ids.heldMeeting}/protokoll/protokoll.pdf`,
  '/forbund/[slug]/sammantraden/bilagor/[id]': (ids) => `/forbund/${SLUG}/sammantraden/bilagor/${ids.agendaAttachment}`,
};

/** Route handlers open to everyone by design, each with the reason; the sweep checks they still exist. */
export const PUBLIC_ROUTES: Record<string, string> = {
  '/anslag/[slug]/protokoll/[meetingId]':
    'the public notice board (ADR 034): posted (adjusted and locked) minutes as PDF; 404 unless the association posted them',
  '/anslag/[slug]/plan/[planId]':
    'the public notice board (ADR 034): a published adopted plan as PDF; 404 unless the association published it',
  '/api/auth/[...nextauth]': 'the sign-in itself (next-auth: CSRF token, credentials, session, sign-out)',
  '/icon.svg': 'the app icon (src/app/icon.svg): static, asked for by the browser before anyone signs in',
  '/inkorg/[mailId]/bilagor/[index]':
    'the demo inbox (ADR 027): an attachment of a caught mail; 404 unless the mail mode is inbox (demo or development)',
  '/inkorg/[mailId]/meddelande.eml':
    'the demo inbox (ADR 027): a caught mail as it arrived; 404 unless the mail mode is inbox (demo or development)',
};

/** The page a worker path serves, e.g. app/forbund/[slug]/fakturor/[invoiceId]/page → /forbund/finsamgotland/fakturor/<id>. */
export function pagePath(worker: string, ids: SeededIds): string | null {
  const params: Record<string, string> = {
    slug: SLUG,
    invoiceId: ids.invoice,
    planId: ids.draftPlan,
    meetingId: ids.upcomingMeeting,
    matterId: ids.raisedMatter,
    interventionId: ids.intervention,
    lineId: ids.draftLine,
    // The annual report's page is the only one that uses saveAnnualReportNarrativeAction.
    year: '2026',
  };
  const path = worker.replace(/^app/, '').replace(/\/page$/, '');
  if (/\[\.\.\./.test(path)) return null;
  const filled = path.replace(/\[(\w+)\]/g, (whole, name: string) => params[name] ?? whole);
  return /\[/.test(filled) ? null : filled || '/';
}

/** The request body of a server action call: JSON, or multipart when an argument is a FormData. */
export function actionBody(args: Arg[]): { json: string } | { multipart: FormData } {
  const forms = args.map((arg, i) =>
    arg && typeof arg === 'object' && 'form' in (arg as object) ? { part: i + 1, fields: (arg as FormArg).form } : null,
  );
  if (forms.every((f) => f === null)) return { json: JSON.stringify(args) };
  // A FormData keeps the order: the fields first, the root model last, as React sends it (the
  // server decodes the root when it arrives and takes the form's fields received before it).
  const multipart = new FormData();
  for (const f of forms) {
    if (!f) continue;
    for (const [name, value] of Object.entries(f.fields)) {
      if (typeof value === 'string') multipart.append(`_${f.part}_${name}`, value);
      else
        multipart.append(
          `_${f.part}_${name}`,
          new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }),
          value.name,
        );
    }
  }
  multipart.append('0', JSON.stringify(args.map((arg, i) => (forms[i] ? `$K${forms[i]!.part.toString(16)}` : arg))));
  return { multipart };
}

const actionHeaders = (actionId: string, origin: string) => ({
  'next-action': actionId,
  accept: 'text/x-component',
  origin,
});

/** Posts a server action with a Playwright request context (its cookies are the session). */
export async function postAction(
  request: APIRequestContext,
  origin: string,
  path: string,
  actionId: string,
  args: Arg[],
) {
  const body = actionBody(args);
  const headers = actionHeaders(actionId, origin);
  if ('json' in body)
    return request.post(path, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: body.json });
  return request.post(path, { headers, multipart: body.multipart });
}

/** Posts a server action with Node's fetch and the given cookie header (none: no session). */
export async function fetchAction(
  origin: string,
  path: string,
  actionId: string,
  args: Arg[],
  cookie: string | null,
): Promise<Response> {
  const body = actionBody(args);
  const headers: Record<string, string> = { ...actionHeaders(actionId, origin), ...(cookie ? { cookie } : {}) };
  if ('json' in body)
    return fetch(origin + path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' },
      body: body.json,
      redirect: 'manual',
    });
  return fetch(origin + path, { method: 'POST', headers, body: body.multipart, redirect: 'manual' });
}
