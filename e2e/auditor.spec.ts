import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { signIn } from './support';

/**
 * The auditor reads everything and changes nothing: no page offers a control that changes data,
 * and every server action in the build, posted directly with the auditor's session, is refused
 * and leaves the database as it was.
 */

const SLUG = 'finsamgotland';
const base = `/forbund/${SLUG}`;
const databaseUrl = process.env.E2E_DATABASE_URL ?? `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;

/** Controls that change nothing: disabled ones (also inside a disabled fieldset), GET forms (filters, year pickers), `data-read-only` parts, signing out. */
function changingControls(): string[] {
  const found: string[] = [];
  const label = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 50)}"`;
  const isGetForm = (form: Element | null) => !!form && form.getAttribute('method')?.toLowerCase() === 'get';
  for (const form of document.querySelectorAll('form')) {
    const method = (form.getAttribute('method') ?? '').toLowerCase();
    const action = form.getAttribute('action') ?? '';
    if (method === 'post' || action.startsWith('javascript:') || form.querySelector('input[name^="$ACTION"]')) found.push(`form ${label(form)}`);
  }
  const controls = document.querySelectorAll('input, select, textarea, button, [contenteditable="true"], [contenteditable=""], [role="button"], [role="textbox"], [role="switch"], [role="checkbox"]');
  for (const el of controls) {
    if (el.matches('input[type=hidden]')) continue;
    if (el.matches(':disabled') || (el as HTMLInputElement).readOnly || el.getAttribute('aria-disabled') === 'true' || el.getAttribute('aria-readonly') === 'true') continue;
    if (el.closest('[data-read-only]') || el.matches('[data-testid="sign-out"]') || isGetForm(el.closest('form'))) continue;
    found.push(label(el));
  }
  return found;
}

async function expectReadOnly(page: Page, path: string) {
  const response = await page.goto(path);
  // Soft: one run lists every page that offers a changing control.
  expect.soft(response?.status(), path).toBeLessThan(500);
  await page.waitForLoadState('load');
  expect.soft(await page.evaluate(changingControls), `controls that change data on ${path}`).toEqual([]);
}

async function databaseFingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = ['AuditLog', 'Invoice', 'Attestation', 'Attachment', 'Plan', 'BudgetLine', 'BudgetAmount', 'BudgetOutcome', 'PriceBaseAmount', 'AssociationSettings', 'AgendaItem', 'Matter', 'Meeting', 'Decision'];
    const result: Record<string, string> = {};
    for (const table of tables) {
      const hasVersion = table !== 'AuditLog' && table !== 'Attestation' && table !== 'Attachment' && table !== 'Decision';
      const { rows } = await client.query(`SELECT count(*)::text AS n${hasVersion ? ', coalesce(sum(version), 0)::text AS v' : ''} FROM "${table}"`);
      result[table] = `${rows[0].n}/${rows[0].v ?? ''}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

interface SeededIds {
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
}

async function seededIds(): Promise<SeededIds> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => ((await client.query(sql)).rows[0] as { id: string }).id;
    const association = await one(`SELECT id FROM "Association" WHERE slug = '${SLUG}'`);
    const draftPlan = await one(`SELECT id FROM "Plan" WHERE "associationId" = '${association}' AND status = 'DRAFT' ORDER BY year LIMIT 1`);
    const adoptedPlan = await one(`SELECT id FROM "Plan" WHERE "associationId" = '${association}' AND status = 'ADOPTED' AND year = 2026`);
    const heldMeeting = await one(`SELECT id FROM "Meeting" WHERE "associationId" = '${association}' AND body = 'BOARD' AND status = 'MINUTES_LOCKED' ORDER BY "startsAt" LIMIT 1`);
    return {
      draftPlan,
      adoptedPlan,
      draftLine: await one(`SELECT id FROM "BudgetLine" WHERE "planId" = '${draftPlan}' AND type = 'COST' ORDER BY "order" LIMIT 1`),
      adoptedLine: await one(`SELECT id FROM "BudgetLine" WHERE "planId" = '${adoptedPlan}' AND type = 'COST' ORDER BY "order" LIMIT 1`),
      invoice: await one(`SELECT id FROM "Invoice" WHERE "associationId" = '${association}' AND "invoiceNumber" = 'KG-30211'`),
      attestedInvoice: await one(`SELECT id FROM "Invoice" WHERE "associationId" = '${association}' AND "invoiceNumber" = '2026-0412'`),
      upcomingMeeting: await one(`SELECT id FROM "Meeting" WHERE "associationId" = '${association}' AND status = 'PLANNED' ORDER BY "startsAt" LIMIT 1`),
      decision: await one(`SELECT id FROM "Decision" WHERE "associationId" = '${association}' LIMIT 1`),
      heldMeeting,
      consultationMeeting: await one(`SELECT id FROM "Meeting" WHERE "associationId" = '${association}' AND body = 'MEMBERS_CONSULTATION' ORDER BY "startsAt" LIMIT 1`),
      paragraph: await one(`SELECT id FROM "MinutesParagraph" WHERE "meetingId" = '${heldMeeting}' ORDER BY number LIMIT 1`),
      agendaItem: await one(`SELECT a.id FROM "AgendaItem" a JOIN "Meeting" m ON m.id = a."meetingId" WHERE m."associationId" = '${association}' AND m.status = 'PLANNED' ORDER BY m."startsAt", a."order" LIMIT 1`),
      raisedMatter: await one(`SELECT id FROM "Matter" WHERE "associationId" = '${association}' AND status = 'RAISED' ORDER BY number LIMIT 1`),
      preparingMatter: await one(`SELECT id FROM "Matter" WHERE "associationId" = '${association}' AND status = 'IN_PREPARATION' ORDER BY number LIMIT 1`),
      intervention: await one(`SELECT id FROM "Intervention" WHERE "associationId" = '${association}' AND status = 'RUNNING' ORDER BY name LIMIT 1`),
      section: await one(`SELECT id FROM "PlanSection" WHERE "planId" = '${draftPlan}' ORDER BY "order" LIMIT 1`),
      // Plan content of any of the association's plans (the draft may have none of its own).
      targetGroup: await one(`SELECT t.id FROM "TargetGroup" t JOIN "Plan" p ON p.id = t."planId" WHERE p."associationId" = '${association}' ORDER BY (p.id = '${draftPlan}') DESC, t.priority LIMIT 1`),
      focusArea: await one(`SELECT f.id FROM "FocusArea" f JOIN "Plan" p ON p.id = f."planId" WHERE p."associationId" = '${association}' ORDER BY (p.id = '${draftPlan}') DESC, f."order" LIMIT 1`),
      goal: await one(`SELECT g.id FROM "Goal" g JOIN "Plan" p ON p.id = g."planId" WHERE p."associationId" = '${association}' ORDER BY (p.id = '${adoptedPlan}') DESC, g."order" LIMIT 1`),
      conclusion: await one(`SELECT id FROM "ConsultationConclusion" WHERE "associationId" = '${association}' ORDER BY "order" LIMIT 1`),
    };
  } finally {
    await client.end();
  }
}

/** A FormData argument, posted in React's reply encoding: field `_<part>_<name>`, referenced as `$K<part>`. */
interface FormArg {
  form: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}
type Arg = unknown | FormArg;
const form = (fields: FormArg['form']): FormArg => ({ form: fields });
const csv = (text: string) => ({ name: 'fil.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
const pdf = () => ({ name: 'bilaga.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
const zeroCounts = Object.fromEntries(
  ['women', 'men', 'otherOrUnknown', 'newCount', 'activeCount', 'endedCount', 'endedWork', 'endedStudies', 'endedWageSubsidy', 'endedMemberService', 'endedIllness', 'endedOwnWish', 'endedOther', 'stepMovement'].map((field) => [field, 0]),
);

/**
 * Every server action by its exported name, with valid-shaped arguments built from seeded ids (a
 * refusal must come from authorization, not from validation). An action in the build that is
 * missing here fails the test: add a row for it.
 */
const ACTION_ARGS: Record<string, (ids: SeededIds) => Arg[]> = {
  saveBudgetCellAction: (ids) => [{ slug: SLUG, lineId: ids.draftLine, year: 2027, kind: 'BUDGET', amount: '100', version: null }],
  addBudgetLineAction: (ids) => [{ slug: SLUG, planId: ids.draftPlan, name: 'Revisorns rad', type: 'COST', category: 'INTERVENTION' }],
  fillContributionsFromStateAction: (ids) => [{ slug: SLUG, planId: ids.draftPlan }],
  moveBudgetLineAction: (ids) => [{ slug: SLUG, lineId: ids.draftLine, version: 1, direction: 'down' }],
  removeBudgetLineAction: (ids) => [{ slug: SLUG, lineId: ids.draftLine, version: 1 }],
  updateBudgetLineAction: (ids) => [{ slug: SLUG, lineId: ids.draftLine, version: 1, name: 'Ändrad', category: 'INTERVENTION', outsideTotal: false, note: '' }],
  previewBudgetImportAction: (ids) => [form({ slug: SLUG, planId: ids.draftPlan, file: csv('Rad;2027\n') })],
  importBudgetAction: (ids) => [form({ slug: SLUG, planId: ids.draftPlan, mode: 'replace', file: csv('Rad;2027\n') })],
  saveOutcomeAction: (ids) => [{ slug: SLUG, lineId: ids.adoptedLine, month: 1, amount: '100', version: null }],
  importOutcomeAction: (ids) => [null, form({ slug: SLUG, planId: ids.adoptedPlan, file: csv('Rad;Jan\n') })],
  attachFollowUpReportAction: (ids) => [null, form({ slug: SLUG, datum: '2026-11-25', meetingId: ids.upcomingMeeting })],
  startBudgetRevisionAction: (ids) => [{ slug: SLUG, planId: ids.adoptedPlan }],
  adoptBudgetRevisionAction: (ids) => [{ slug: SLUG, planId: ids.adoptedPlan, decisionId: ids.decision }],
  recordInvoiceAction: () => [
    SLUG,
    form({ supplier: 'Revisorns leverantör AB', invoiceNumber: 'R-1', invoiceDate: '2026-11-20', amountExclVat: '100', amountInclVat: '125' }),
  ],
  attestInvoiceAction: (ids) => [{ slug: SLUG, invoiceId: ids.invoice, version: 1 }],
  rejectInvoiceAction: (ids) => [{ slug: SLUG, invoiceId: ids.invoice, version: 1, reason: 'Fel belopp' }],
  markInvoicePaidAction: (ids) => [{ slug: SLUG, invoiceId: ids.attestedInvoice, version: 1, paidAt: '2026-11-25' }],
  updateDelegationSettingsAction: () => [
    { slug: SLUG, version: null, directorAttestLimitPbb: '2', vatPercent: '25', attestAboveLimitRole: 'CHAIR', attestSubstituteRole: 'VICE_CHAIR' },
  ],
  setPriceBaseAmountAction: () => [{ slug: SLUG, year: 2027, amount: '60000', version: null }],
  // Plan content (plan/actions.ts)
  startNextYearPlanAction: (ids) => [SLUG, { sourcePlanId: ids.draftPlan }],
  savePlanSectionAction: (ids) => [SLUG, { planId: ids.draftPlan, sectionId: ids.section, version: 1, title: 'Revisorns rubrik', level: 1, bodyMarkdown: 'Text' }],
  movePlanSectionAction: (ids) => [SLUG, { sectionId: ids.section, version: 1, direction: 'down' }],
  removePlanSectionAction: (ids) => [SLUG, { sectionId: ids.section, version: 1 }],
  saveTargetGroupAction: (ids) => [SLUG, { planId: ids.draftPlan, targetGroupId: ids.targetGroup, version: 1, name: 'Unga vuxna', description: '', ageMin: 16, ageMax: 29, priority: 1, rationale: '' }],
  saveFocusAreaAction: (ids) => [SLUG, { planId: ids.draftPlan, focusAreaId: ids.focusArea, version: 1, title: 'Fokus', description: '' }],
  saveGoalAction: (ids) => [
    SLUG,
    { planId: ids.draftPlan, goalId: ids.goal, version: 1, level: 'INDIVIDUAL', text: 'Mål', targetKind: 'PERCENT', targetValue: '50', indicator: '', measure: null, financialCheck: null, targetGroupIds: [], interventionIds: [] },
  ],
  removePlanContentAction: (ids) => [SLUG, { kind: 'goal', rowId: ids.goal, version: 1 }],
  // Plan workflow (plan/arbetsgang/actions.ts)
  movePlanAction: (ids) => [{ slug: SLUG, planId: ids.draftPlan, version: 1, step: 'sendToPreparation' }],
  commentPlanAction: (ids) => [{ slug: SLUG, planId: ids.draftPlan, sectionId: ids.section, body: 'Revisorns kommentar' }],
  replyToCommentAction: () => [{ slug: SLUG, commentId: 'ingen-kommentar', version: 1, reply: 'Svar' }],
  saveSummaryAction: (ids) => [{ slug: SLUG, planId: ids.draftPlan, version: 1, summary: 'Sammanfattning' }],
  saveConsiderationAction: (ids) => [{ slug: SLUG, planId: ids.draftPlan, conclusionId: ids.conclusion, text: 'Övervägande', version: null }],
  saveConclusionAction: (ids) => [{ slug: SLUG, conclusionId: ids.conclusion, version: 1, year: 2026, meetingId: ids.consultationMeeting, question: 'Fråga', conclusion: 'Slutsats' }],
  removeConclusionAction: (ids) => [{ slug: SLUG, conclusionId: ids.conclusion, version: 1 }],
  // Interventions (insatser/actions.ts)
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
  saveInterventionBudgetAction: (ids) => [SLUG, { interventionId: ids.intervention, planId: ids.draftPlan, amounts: [{ year: 2027, amount: '100', version: null }] }],
  // Matters (arenden/actions.ts)
  raiseMatterAction: () => [SLUG, { kind: 'GENERAL', title: 'Revisorns ärende', description: '' }],
  updateMatterAction: (ids) => [SLUG, { matterId: ids.raisedMatter, version: 1, title: 'Ändrat ärende', description: '' }],
  saveMatterPreparationAction: (ids) => [SLUG, { matterId: ids.preparingMatter, version: 1, assessment: 'Bedömning', proposedDecision: 'Förslag' }],
  matterStepAction: (ids) => [SLUG, { step: 'startPreparation', matterId: ids.raisedMatter, version: 1 }],
  addMatterAttachmentAction: (ids) => [SLUG, form({ matterId: ids.raisedMatter, file: pdf() })],
  // Meetings (sammantraden/actions.ts)
  createMeetingAction: () => [SLUG, { body: 'BOARD', title: 'Revisorns möte', startsAt: '2026-12-18T09:00', location: '' }],
  updateMeetingAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, title: 'Styrelsemöte', startsAt: '2026-12-18T09:00', location: 'Visby' }],
  addAgendaItemAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, title: 'Revisorns punkt' }],
  moveAgendaItemAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, agendaItemId: ids.agendaItem, direction: 'down' }],
  removeAgendaItemAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, agendaItemId: ids.agendaItem }],
  putMatterOnAgendaAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, matterId: ids.preparingMatter, matterVersion: 1 }],
  sendNoticeAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1 }],
  recordAttendanceAction: (ids) => [SLUG, { meetingId: ids.upcomingMeeting, version: 1, rows: [] }],
  // Reading a notice is the reader's own; the auditor has none, and someone else's is not found.
  markNoticeReadAction: () => [SLUG, 'ingen-kallelse'],
  addAgendaAttachmentAction: (ids) => [SLUG, form({ meetingId: ids.upcomingMeeting, agendaItemId: ids.agendaItem, file: pdf() })],
  // Minutes (sammantraden/[meetingId]/protokoll/actions.ts)
  addParagraphAction: (ids) => [{ slug: SLUG, meetingId: ids.upcomingMeeting, agendaItemId: ids.agendaItem, title: 'Revisorns paragraf', discussion: '', decisionText: '' }],
  updateParagraphAction: (ids) => [{ slug: SLUG, meetingId: ids.heldMeeting, paragraphId: ids.paragraph, version: 1, title: 'Ändrad', discussion: '', decisionText: '' }],
  recordDecisionAction: (ids) => [{ slug: SLUG, meetingId: ids.heldMeeting, paragraphId: ids.paragraph, version: 1, text: 'Beslut' }],
  recordVotesAction: (ids) => [{ slug: SLUG, meetingId: ids.heldMeeting, paragraphId: ids.paragraph, votes: [] }],
  chooseAdjustersAction: (ids) => [{ slug: SLUG, meetingId: ids.upcomingMeeting, personIds: [] }],
  approveMinutesAction: (ids) => [{ slug: SLUG, meetingId: ids.upcomingMeeting }],
  addCorrectionParagraphAction: (ids) => [{ slug: SLUG, meetingId: ids.upcomingMeeting, correctsId: ids.paragraph, title: 'Rättelse', discussion: '', decisionText: '' }],
  // Results and the annual report (resultat/actions.ts)
  saveParticipantStatsAction: (ids) => [{ slug: SLUG, interventionId: ids.intervention, periodKind: 'MONTH', year: 2026, period: 1, ...zeroCounts, ageBandCounts: [], note: '', version: null }],
  importParticipantStatsAction: () => [form({ slug: SLUG, apply: '0', file: csv('Insats;År;Månad\n') })],
  saveIndicatorResultAction: (ids) => [{ slug: SLUG, interventionId: ids.intervention, year: 2026, question: 'Fråga', answers: 10, agreeing: 5, note: '', version: null }],
  saveGoalEvaluationAction: (ids) => [{ slug: SLUG, goalId: ids.goal, year: 2026, note: '', outcome: null, version: null }],
  updateSocioEconomicSettingsAction: () => [{ slug: SLUG, version: null, monthly: '20000', months: 12, ageBandLimits: '25, 30' }],
  saveAnnualReportNarrativeAction: () => [{ slug: SLUG, year: 2026, narrative: { introduction: '', reflections: '', nextYear: '' }, version: null }],
};

/** The page a worker path serves, e.g. app/forbund/[slug]/fakturor/[invoiceId]/page → /forbund/finsamgotland/fakturor/<id>. */
function pagePath(worker: string, ids: SeededIds): string | null {
  const params: Record<string, string> = {
    slug: SLUG,
    invoiceId: ids.invoice,
    planId: ids.draftPlan,
    meetingId: ids.upcomingMeeting,
    matterId: ids.raisedMatter,
    interventionId: ids.intervention,
    lineId: ids.draftLine,
  };
  const path = worker.replace(/^app/, '').replace(/\/page$/, '');
  if (/\[\.\.\./.test(path)) return null;
  const filled = path.replace(/\[(\w+)\]/g, (whole, name: string) => params[name] ?? whole);
  return /\[/.test(filled) ? null : filled || '/';
}

async function postAction(request: APIRequestContext, origin: string, path: string, actionId: string, args: Arg[]) {
  const headers = { 'next-action': actionId, accept: 'text/x-component', origin };
  const forms = args.map((arg, i) => (arg && typeof arg === 'object' && 'form' in (arg as object) ? { part: i + 1, fields: (arg as FormArg).form } : null));
  if (forms.every((f) => f === null)) {
    return request.post(path, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: JSON.stringify(args) });
  }
  // A FormData keeps the order: the fields first, the root model last, as React sends it (the
  // server decodes the root when it arrives and takes the form's fields received before it).
  const multipart = new FormData();
  for (const f of forms) {
    if (!f) continue;
    for (const [name, value] of Object.entries(f.fields)) {
      if (typeof value === 'string') multipart.append(`_${f.part}_${name}`, value);
      else multipart.append(`_${f.part}_${name}`, new Blob([new Uint8Array(value.buffer)], { type: value.mimeType }), value.name);
    }
  }
  multipart.append('0', JSON.stringify(args.map((arg, i) => (forms[i] ? `$K${forms[i]!.part.toString(16)}` : arg))));
  return request.post(path, { headers, multipart });
}

const STATE = 'test-results/auditor-session.json';

/** One sign-in for the whole file (signing in is slow on a loaded machine); each test opens a page with that session. */
async function auditorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: STATE });
  const page = await context.newPage();
  await page.goto(base);
  return page;
}

test.describe.serial('the auditor reads everything and changes nothing', () => {
  // Generous: the page walk opens some forty pages, slow on a loaded machine.
  test.setTimeout(300_000);

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await browser.newPage();
    await signIn(page, 'revisor@finsamgotland.se');
    await expect(page).toHaveURL(/\/forbund/, { timeout: 90_000 });
    await page.context().storageState({ path: STATE });
    await page.close();
  });

  test('every main page and the detail pages reachable from lists offer no control that changes data', async ({ browser }) => {
    const page = await auditorPage(browser);
    const nav = page.getByRole('navigation', { name: 'Förbundets delar' });
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs).toContain(`${base}/revision`);
    expect(hrefs).toContain(`${base}/fakturor`);
    for (const part of ['att-gora', 'plan', 'insatser', 'mal', 'resultat', 'arenden', 'sammantraden', 'rapporter']) expect(hrefs).toContain(`${base}/${part}`);

    await page.goto(`${base}/fakturor`);
    const invoiceHref = await page.locator(`a[href^="${base}/fakturor/"]`).filter({ hasText: 'Kontorsgiganten Visby AB' }).first().getAttribute('href');
    const ids = await seededIds();
    const extra = [
      `${base}/att-gora`,
      `${base}/plan?ar=2026`,
      `${base}/plan?ar=2027`,
      `${base}/plan/malgrupper?ar=2027`,
      `${base}/plan/jamfor?ar=2027`,
      `${base}/plan/dokument?ar=2027`,
      `${base}/plan/arbetsgang?ar=2027`,
      `${base}/plan/medlemssamrad?ar=2027`,
      `${base}/insatser`,
      `${base}/insatser/${ids.intervention}?ar=2027`,
      `${base}/mal?ar=2027`,
      `${base}/resultat?ar=2026`,
      `${base}/resultat/mal?ar=2026`,
      `${base}/arenden`,
      `${base}/arenden/${ids.raisedMatter}`,
      `${base}/arenden/${ids.preparingMatter}`,
      `${base}/sammantraden`,
      `${base}/sammantraden/${ids.upcomingMeeting}`,
      `${base}/sammantraden/${ids.upcomingMeeting}/protokoll`,
      `${base}/sammantraden/${ids.heldMeeting}`,
      `${base}/sammantraden/${ids.heldMeeting}/protokoll`,
      `${base}/rapporter`,
      `${base}/rapporter/verksamhetsberattelse/2026`,
      `${base}/budget/rad/${ids.adoptedLine}`,
      `${base}/budget?ar=2026`,
      `${base}/budget?ar=2027`,
      `${base}/budget/uppfoljning?ar=2026`,
      `${base}/budget/versioner`,
      `${base}/fakturor/attestlogg`,
      invoiceHref!,
      `${base}/revision?ar=2026`,
    ];
    for (const path of [...new Set([...hrefs, ...extra])]) await expectReadOnly(page, path);
  });

  test('the auditor’s desk shows the reports, highlights the attest exception and exports PDF and XLSX', async ({ browser }) => {
    const page = await auditorPage(browser);
    await page.goto(`${base}/revision?ar=2026`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revision 2026');
    const attest = page.getByTestId('audit-report-attestlogg');
    const exception = attest.locator('tr[data-exception]').filter({ hasText: 'Visby Konferens AB' });
    await expect(exception).toContainText('Samma person registrerade och attesterade');
    await expect(page.getByTestId('audit-report-andringar')).toContainText('Inga ändringar i antagna handlingar efter antagandet.');
    await expect(page.getByTestId('audit-report-beslut')).toContainText('Styrelsen beslutar att anta verksamhets- och budgetplan 2026.');
    await expect(page.getByTestId('audit-report-delegation')).toContainText('Prisbasbelopp 2026');
    const pdf = await page.request.get(`${base}/revision/rapport/attestlogg.pdf?ar=2026`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await page.request.get(`${base}/revision/rapport/budgetutfall.xlsx?ar=2026`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    // Public records are the office's: the auditor is refused.
    expect((await page.request.get(`${base}/rapporter/allmanna-handlingar/export.zip?fran=2026-01-01&till=2026-12-31`)).status()).toBe(403);
  });

  test('every server action posted with the auditor’s session is refused and the database is unchanged', async ({ browser }) => {
    const page = await auditorPage(browser);
    const origin = new URL(page.url()).origin;
    const ids = await seededIds();
    const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
      node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
    };
    const actions = Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? id, workers: Object.keys(entry.workers) }));
    expect(actions.length).toBeGreaterThan(0);
    const missing = actions.filter((action) => !ACTION_ARGS[action.name]).map((action) => action.name);
    expect(missing, 'server actions without a row in ACTION_ARGS (add one)').toEqual([]);

    const before = await databaseFingerprint();
    const answers: Record<string, string> = {};
    for (const action of actions) {
      const path = action.workers.map((worker) => pagePath(worker, ids)).find((p) => p !== null);
      expect(path, `a page to post ${action.name} to`).toBeTruthy();
      const response = await postAction(page.request, origin, path!, action.id, ACTION_ARGS[action.name]!(ids));
      const reply = await response.text();
      const refusal = /"ok":false,"code":"(\w+)"/.exec(reply)?.[1];
      const code = refusal === undefined ? `no refusal (HTTP ${response.status()}): ${reply.slice(0, 200)}` : refusal === 'VALIDATION' ? `VALIDATION ${reply.slice(reply.indexOf('"ok":false'), reply.indexOf('"ok":false') + 200)}` : refusal;
      answers[action.name] = code;
    }
    const refused = Object.fromEntries(Object.entries(answers).map(([name, code]) => [name, ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'].includes(code) ? 'refused' : code]));
    expect(refused).toEqual(Object.fromEntries(actions.map((action) => [action.name, 'refused'])));
    expect(await databaseFingerprint()).toEqual(before);
  });
});
