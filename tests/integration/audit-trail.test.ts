/**
 * Issue 8 part 1: every mutation writes an audit entry with the values before and after.
 *
 * One row per mutating use case, called as a permitted user on the seeded demo data; each row
 * says which entry it expects (action, entity, and fields of `before`/`after`; `before: 'absent'`
 * for creations, `after: 'absent'` for deletions). The guard at the end reads src/server and
 * fails for a mutating use case that has no row here and is not in EXEMPT.
 *
 * Adding a row: `'src/server/<area>/<file>.ts#<exportedFunction>': async () => { …call it…; return expected }`.
 * Rows run in the order written and share the database, so a row that needs a particular state
 * sets it up itself with `db()` (as the seed would) instead of relying on an earlier row.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBudgetLine } from '@/server/budget/add-budget-line';
import { adoptBudgetRevision } from '@/server/budget/adopt-budget-revision';
import { fillContributionsFromState } from '@/server/budget/fill-contributions-from-state';
import { importBudget } from '@/server/budget/import-budget';
import { importOutcome } from '@/server/budget/import-outcome';
import { moveBudgetLine } from '@/server/budget/move-budget-line';
import { removeBudgetLine } from '@/server/budget/remove-budget-line';
import { saveBudgetCell } from '@/server/budget/save-budget-cell';
import { saveOutcome } from '@/server/budget/save-outcome';
import { startBudgetRevision } from '@/server/budget/start-budget-revision';
import { updateBudgetLine } from '@/server/budget/update-budget-line';
import { attachFollowUpReport } from '@/server/follow-up-report/attach-follow-up-report';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import { markInvoicePaid } from '@/server/invoice/mark-invoice-paid';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { rejectInvoice } from '@/server/invoice/reject-invoice';
import { setPriceBaseAmount } from '@/server/invoice/set-price-base-amount';
import { updateDelegationSettings } from '@/server/invoice/update-delegation-settings';
import { saveMailPreferences } from '@/server/mail/save-mail-preferences';
import { runAuditRows, type AuditRows } from '../support/audit-trail-harness';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import type { TestDatabase } from '../support/test-database';

/**
 * Mutating functions that have no row, and why. Keep this list short and say why for each.
 */
const EXEMPT: Record<string, string> = {
  // The writer itself.
  'src/server/audit/write-audit-entry.ts#writeAuditEntry': 'appends the entry every row checks',
  // Sign-in attempts are audited (auth.signIn.*) without before/after; covered by sign-in-rate-limit.test.ts.
  'src/server/auth/sign-in-with-password.ts#signInWithPassword': 'sign-in, not a change of data',
  // Asks for budget.edit because only the editor may import, but writes nothing.
  'src/server/budget/preview-budget-import.ts#previewBudgetImport': 'reads a file, writes nothing',
  // Helpers exported beside a use case, and a use case that only reads.
  'src/server/results/save-annual-report-narrative.ts#narrativeOf': 'reads a stored narrative, writes nothing',
  'src/server/public-records/collect-public-records.ts#collectPublicRecords':
    'asks publicRecords.export to list the records, writes nothing',
  // Helpers of the plan workflow's use cases (send on, return to draft, comment); their rows are in audit-trail-governance.test.ts.
  'src/server/plan/transition-plan.ts#assertNoBlockingBudgetErrors':
    'a check inside the send-on use cases, writes nothing',
  'src/server/plan/transition-plan.ts#illegalTransition': 'builds the ConflictError, writes nothing',
  'src/server/plan/transition-plan.ts#loadWorkflowPlan': 'reads the plan inside the use cases, writes nothing',
  'src/server/plan/transition-plan.ts#transitionPlan':
    'the step sendPlanToPreparation, sendPlanToConsultation and returnPlanToDraft take; covered by their rows',
  'src/server/plan/transition-plan.ts#sendPlanOn':
    'the load, budget check and transition sendPlanToPreparation and sendPlanToConsultation share; covered by their rows',
  // Exported beside createInvitation (its row is in audit-trail-people.test.ts).
  'src/server/people/create-invitation.ts#invitationPath': 'builds the link path, writes nothing',
  'src/server/people/create-invitation.ts#sendInvitationMail':
    'enqueues the mail inside createInvitation and resendInvitation, whose rows check their entries',
};

let database: TestDatabase;
const db = () => database.prisma;
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: database.prisma, now });
let ids: DemoIds;
const shared: { revisionId?: string } = {};

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
});
afterAll(() => database?.drop());

const lineOf = (
  planId: string,
  where: { name?: string; category?: 'ADMINISTRATION' | 'INTERVENTION' | 'MEMBER_CONTRIBUTION' } = {},
) => db().budgetLine.findFirstOrThrow({ where: { planId, ...where }, orderBy: { order: 'asc' } });
const invoiceNumbered = (invoiceNumber: string) =>
  db().invoice.findFirstOrThrow({ where: { associationId: ids.gotland, invoiceNumber } });
const director = () => ({ personId: ids.director });

const ROWS: AuditRows = {
  'src/server/mail/save-mail-preferences.ts#saveMailPreferences': async () => {
    await saveMailPreferences(
      { choices: [{ kind: 'INVOICE_TO_ATTEST', delivery: 'DIGEST' }] },
      { personId: ids.chair },
      deps(),
    );
    return {
      action: 'mail.preferencesChanged',
      entityType: 'Person',
      entityId: ids.chair,
      personId: ids.chair,
      // A person's own settings belong to no association.
      associationId: null,
      before: { INVOICE_TO_ATTEST: 'IMMEDIATE' },
      after: { INVOICE_TO_ATTEST: 'DIGEST' },
    };
  },

  'src/server/budget/add-budget-line.ts#addBudgetLine': async () => {
    const { line } = await addBudgetLine(
      {
        associationId: ids.gotland,
        planId: ids.draft2027,
        name: 'Revisionsarvode',
        type: 'COST',
        category: 'ADMINISTRATION',
      },
      director(),
      deps(),
    );
    return {
      action: 'budget.lineAdded',
      entityType: 'BudgetLine',
      entityId: line.id,
      personId: ids.director,
      before: 'absent',
      after: { name: 'Revisionsarvode', category: 'ADMINISTRATION', type: 'COST' },
    };
  },

  'src/server/budget/update-budget-line.ts#updateBudgetLine': async () => {
    const line = await lineOf(ids.draft2027, { category: 'ADMINISTRATION' });
    const input = {
      associationId: ids.gotland,
      lineId: line.id,
      version: line.version,
      name: `${line.name} (ny)`,
      category: line.category,
      outsideTotal: line.outsideTotal,
      note: line.note,
    };
    await updateBudgetLine(input as Parameters<typeof updateBudgetLine>[0], director(), deps());
    // Only what changed: the name, not the unchanged note or category.
    return {
      action: 'budget.lineUpdated',
      entityType: 'BudgetLine',
      entityId: line.id,
      personId: ids.director,
      before: { name: line.name },
      after: { name: `${line.name} (ny)` },
    };
  },

  'src/server/budget/move-budget-line.ts#moveBudgetLine': async () => {
    const [, second] = await db().budgetLine.findMany({
      where: { planId: ids.draft2027, category: 'INTERVENTION' },
      orderBy: { order: 'asc' },
    });
    await moveBudgetLine(
      { associationId: ids.gotland, lineId: second!.id, version: second!.version, direction: 'up' },
      director(),
      deps(),
    );
    const moved = await db().budgetLine.findUniqueOrThrow({ where: { id: second!.id } });
    expect(moved.order).toBeLessThan(second!.order);
    return {
      action: 'budget.lineMoved',
      entityType: 'BudgetLine',
      entityId: second!.id,
      personId: ids.director,
      before: { order: second!.order },
      after: { order: moved.order },
    };
  },

  'src/server/budget/remove-budget-line.ts#removeBudgetLine': async () => {
    const line = await db().budgetLine.create({
      data: {
        planId: ids.draft2027,
        name: 'Tillfällig rad',
        type: 'COST',
        category: 'ADMINISTRATION',
        order: 999,
        amounts: { create: [{ year: 2027, kind: 'BUDGET', amount: '1500.50' }] },
      },
    });
    await removeBudgetLine({ associationId: ids.gotland, lineId: line.id, version: line.version }, director(), deps());
    return {
      action: 'budget.lineRemoved',
      entityType: 'BudgetLine',
      entityId: line.id,
      personId: ids.director,
      before: {
        name: 'Tillfällig rad',
        category: 'ADMINISTRATION',
        amounts: [{ year: 2027, kind: 'BUDGET', amount: '1500.5' }],
      },
      after: 'absent',
    };
  },

  'src/server/budget/save-budget-cell.ts#saveBudgetCell': async () => {
    const cell = await db().budgetAmount.findFirstOrThrow({
      where: { year: 2027, kind: 'BUDGET', budgetLine: { planId: ids.draft2027, category: 'ADMINISTRATION' } },
    });
    await saveBudgetCell(
      {
        associationId: ids.gotland,
        lineId: cell.budgetLineId,
        year: 2027,
        kind: 'BUDGET',
        amount: '12 345',
        version: cell.version,
      },
      director(),
      deps(),
    );
    return {
      action: 'budget.cellSaved',
      entityType: 'BudgetLine',
      entityId: cell.budgetLineId,
      personId: ids.director,
      before: { amount: cell.amount.toString() },
      after: { amount: '12345' },
    };
  },

  'src/server/budget/fill-contributions-from-state.ts#fillContributionsFromState': async () => {
    const fk = await db().member.findFirstOrThrow({ where: { associationId: ids.gotland, kind: 'FK' } });
    const region = await db().member.findFirstOrThrow({ where: { associationId: ids.gotland, kind: 'REGION' } });
    const fkLine = await db().budgetLine.findFirstOrThrow({ where: { planId: ids.draft2027, memberId: fk.id } });
    await db().budgetAmount.update({
      where: { budgetLineId_year_kind: { budgetLineId: fkLine.id, year: 2027, kind: 'BUDGET' } },
      data: { amount: '2000000' },
    });
    await fillContributionsFromState({ associationId: ids.gotland, planId: ids.draft2027 }, director(), deps());
    return {
      action: 'budget.contributionsFilled',
      entityType: 'Plan',
      entityId: ids.draft2027,
      personId: ids.director,
      before: { [`${region.name} 2027`]: expect.not.stringMatching(/^2000000$/) },
      after: { [`${region.name} 2027`]: '2000000' },
    };
  },

  'src/server/budget/import-budget.ts#importBudget': async () => {
    const plan = await db().plan.create({
      data: { associationId: ids.gotland, year: 2028, title: 'Verksamhets- och budgetplan 2028' },
    });
    const bytes = new Uint8Array(readFileSync('tests/fixtures/finsamgotland-budget-2026.csv'));
    const outcome = await importBudget(
      { associationId: ids.gotland, planId: plan.id, fileName: 'budget.csv', bytes, mode: 'append' },
      director(),
      deps(),
    );
    expect(outcome.imported).toBe(true);
    return {
      action: 'budget.imported',
      entityType: 'Plan',
      entityId: plan.id,
      personId: ids.director,
      before: { lineCount: 0 },
      after: { lineCount: outcome.created },
    };
  },

  // Outcome rows run before the revision rows below: those make the 2026 plan REVISED.
  'src/server/budget/save-outcome.ts#saveOutcome': async () => {
    const line = await lineOf(ids.adopted2026, { name: 'Konsulttjänster' });
    await saveOutcome(
      ids.admin,
      { associationId: ids.gotland, lineId: line.id, month: 11, amount: '12 000', version: null },
      { db: db() },
    );
    return {
      action: 'budgetOutcome.saved',
      entityType: 'BudgetLine',
      entityId: line.id,
      personId: ids.admin,
      before: { amount: null, source: null },
      after: { amount: '12000', source: 'MANUAL' },
    };
  },

  'src/server/budget/import-outcome.ts#importOutcome': async () => {
    const csv = 'Rad;Jan;Feb;Mar;Apr;Maj;Jun;Jul;Aug;Sep;Okt;Nov;Dec\nKonsulttjänster;;;;;;;;;;;;500\n';
    const result = await importOutcome(
      ids.admin,
      { associationId: ids.gotland, planId: ids.adopted2026, csv },
      { db: db() },
    );
    expect(result).toEqual({ ok: true, count: 1 });
    return {
      action: 'budgetOutcome.imported',
      entityType: 'Plan',
      entityId: ids.adopted2026,
      personId: ids.admin,
      before: { 'Konsulttjänster 2026-12': null },
      after: { 'Konsulttjänster 2026-12': '500' },
    };
  },

  'src/server/budget/start-budget-revision.ts#startBudgetRevision': async () => {
    const { planId } = await startBudgetRevision(
      ids.director,
      { associationId: ids.gotland, planId: ids.adopted2026 },
      { db: db() },
    );
    shared.revisionId = planId;
    return {
      action: 'plan.revisionStarted',
      entityType: 'Plan',
      entityId: planId,
      personId: ids.director,
      before: 'absent',
      after: { status: 'DRAFT', versionNumber: 2, previousVersionId: ids.adopted2026 },
    };
  },

  'src/server/budget/adopt-budget-revision.ts#adoptBudgetRevision': async () => {
    const revisionId =
      shared.revisionId ??
      (await startBudgetRevision(ids.director, { associationId: ids.gotland, planId: ids.adopted2026 }, { db: db() }))
        .planId;
    // A board meeting held before `now` (a decision exists from its meeting, ADR 034), in effect from that day.
    const held = await db().meeting.create({
      data: {
        associationId: ids.gotland,
        body: 'BOARD',
        title: 'Styrelsemöte',
        startsAt: new Date('2026-11-20T09:00:00+01:00'),
        status: 'HELD',
      },
    });
    const decision = await db().decision.create({
      data: {
        associationId: ids.gotland,
        meetingId: held.id,
        text: 'Styrelsen antar reviderad budget.',
        decidedAt: held.startsAt,
        effectiveAt: held.startsAt,
      },
    });
    await adoptBudgetRevision(
      ids.admin,
      { associationId: ids.gotland, planId: revisionId, decisionId: decision.id },
      { db: db(), now },
    );
    return [
      {
        action: 'plan.revisionAdopted',
        entityType: 'Plan',
        entityId: revisionId,
        personId: ids.admin,
        before: { status: 'DRAFT', adoptionDecisionId: null },
        after: { status: 'ADOPTED', adoptionDecisionId: decision.id },
      },
      {
        action: 'plan.revised',
        entityType: 'Plan',
        entityId: ids.adopted2026,
        personId: ids.admin,
        before: { status: 'ADOPTED' },
        after: { status: 'REVISED' },
      },
    ];
  },

  'src/server/invoice/record-invoice.ts#recordInvoice': async () => {
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'Tryckeriet i Visby AB',
        invoiceNumber: 'T-77',
        invoiceDate: '2026-11-20',
        amountExclVat: '800',
        amountInclVat: '1 000',
        payeeKind: 'SUPPLIER',
      },
      { personId: ids.admin },
      deps(),
    );
    return {
      action: 'invoice.recorded',
      entityType: 'Invoice',
      entityId: invoiceId,
      personId: ids.admin,
      before: 'absent',
      after: {
        supplier: 'Tryckeriet i Visby AB',
        invoiceNumber: 'T-77',
        amountExclVat: '800.00',
        amountInclVat: '1000.00',
        status: 'RECEIVED',
      },
    };
  },

  'src/server/invoice/attest-invoice.ts#attestInvoice': async () => {
    const invoice = await invoiceNumbered('KG-30211');
    await attestInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
      director(),
      deps(),
    );
    return {
      action: 'invoice.attested',
      entityType: 'Invoice',
      entityId: invoice.id,
      personId: ids.director,
      before: { status: 'RECEIVED' },
      after: { status: 'ATTESTED' },
    };
  },

  'src/server/invoice/reject-invoice.ts#rejectInvoice': async () => {
    const invoice = await invoiceNumbered('AKG-2026-118');
    await rejectInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version, reason: 'Fel belopp' },
      { personId: ids.chair },
      deps(),
    );
    return {
      action: 'invoice.rejected',
      entityType: 'Invoice',
      entityId: invoice.id,
      personId: ids.chair,
      before: { status: 'RECEIVED', rejectionReason: null },
      after: { status: 'REJECTED', rejectionReason: 'Fel belopp' },
    };
  },

  'src/server/invoice/mark-invoice-paid.ts#markInvoicePaid': async () => {
    const invoice = await db().invoice.update({
      where: { id: (await invoiceNumbered('DG-884213')).id },
      data: { status: 'ATTESTED', version: { increment: 1 } },
    });
    await markInvoicePaid(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version, paidAt: '2026-11-24' },
      { personId: ids.admin },
      deps(),
    );
    return {
      action: 'invoice.paid',
      entityType: 'Invoice',
      entityId: invoice.id,
      personId: ids.admin,
      before: { status: 'ATTESTED', paidAt: null },
      after: { status: 'PAID', paidAt: '2026-11-24' },
    };
  },

  'src/server/invoice/set-price-base-amount.ts#setPriceBaseAmount': async () => {
    const stored = await db().priceBaseAmount.findUniqueOrThrow({
      where: { associationId_year: { associationId: ids.gotland, year: 2026 } },
    });
    await setPriceBaseAmount(
      { associationId: ids.gotland, year: 2026, amount: '60 000', version: stored.version },
      director(),
      deps(),
    );
    return {
      action: 'priceBaseAmount.set',
      entityType: 'PriceBaseAmount',
      entityId: stored.id,
      personId: ids.director,
      before: { amount: stored.amount.toFixed(2) },
      after: { amount: '60000.00' },
    };
  },

  'src/server/invoice/update-delegation-settings.ts#updateDelegationSettings': async () => {
    // The board's decision, recorded by the administrator (the director does not change her own limit).
    const decision = await db().decision.findFirstOrThrow({
      where: { associationId: ids.gotland, meeting: { body: 'BOARD' }, decidedAt: { lte: now } },
    });
    const changes = await db().delegationChange.count({ where: { associationId: ids.gotland } });
    await updateDelegationSettings(
      {
        associationId: ids.gotland,
        version: changes || null,
        decisionId: decision.id,
        directorAttestLimitPbb: '1,5',
        attestAboveLimitRole: 'CHAIR',
        attestSubstituteRole: 'VICE_CHAIR',
        directorSubstituteRole: 'CHAIR',
      },
      { personId: ids.admin },
      deps(),
    );
    return {
      action: 'settings.delegationChanged',
      entityType: 'AssociationSettings',
      entityId: ids.gotland,
      personId: ids.admin,
      before: { directorAttestLimitPbb: '1' },
      after: { directorAttestLimitPbb: '1.5' },
    };
  },

  'src/server/follow-up-report/attach-follow-up-report.ts#attachFollowUpReport': async () => {
    const attached = await attachFollowUpReport(
      { associationId: ids.gotland, date: '2026-11-25', meetingId: ids.plannedMeeting },
      { personId: ids.admin },
      deps(),
    );
    return {
      action: 'followUpReport.attached',
      entityType: 'AgendaItem',
      entityId: attached.agendaItemId,
      personId: ids.admin,
      before: 'absent',
      after: { attachmentIds: [attached.attachmentId], fileName: attached.fileName },
    };
  },
};

runAuditRows('every mutating use case writes an audit entry with before and after', ROWS, {
  db,
  associationId: () => ids.gotland,
});

// ───────────── The guard: no mutating use case without a row ─────────────

const READ_ONLY_ACTION = /\.read$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'seed' ? [] : sourceFiles(path); // the seed writes demo data, not use cases
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * A file holds mutating use cases when it writes an audit entry, or asks permission for an
 * action that is not `.read`; each of its exported functions must then have a row or an exemption.
 */
function mutatingUseCases(root = 'src/server'): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(root)) {
    const text = readFileSync(path, 'utf8');
    // A system administrator's use case (assertSystemAdmin(actor…)) mutates even when another function audits.
    const audits = /writeAuditEntry\s*\(/.test(text) || /assertSystemAdmin\s*\(\s*actor/.test(text);
    const actions = [...text.matchAll(/assert(?:Session)?Permission\s*\([^)]*?'([a-zA-Z.]+)'/g)].map((m) => m[1]!);
    if (!audits && !actions.some((action) => !READ_ONLY_ACTION.test(action))) continue;
    const file = relative(process.cwd(), path).split('\\').join('/');
    for (const match of text.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)) found.push(`${file}#${match[1]}`);
  }
  return found.sort();
}

/** The row keys of every area's table (this file and its siblings audit-trail-*.test.ts), read from their source. */
function rowKeysOfAllTables(dir = 'tests/integration'): string[] {
  return readdirSync(dir)
    .filter((name) => /^audit-trail.*\.test\.ts$/.test(name))
    .flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/^\s*'(src\/server\/[^'#]+#\w+)':/gm)].map((m) => m[1]!),
    );
}

describe('the table covers every mutating use case', () => {
  it('finds the use cases it should (the guard itself works)', () => {
    const found = mutatingUseCases();
    expect(found).toContain('src/server/invoice/attest-invoice.ts#attestInvoice');
    expect(found).toContain('src/server/budget/save-budget-cell.ts#saveBudgetCell');
    expect(found).not.toContain('src/server/budget/get-budget-sheet.ts#getBudgetSheet');
  });

  it('has a row or an exemption for each, and no row for something that is gone', () => {
    const found = mutatingUseCases();
    const rows = rowKeysOfAllTables();
    const missing = found.filter((useCase) => !rows.includes(useCase) && !(useCase in EXEMPT));
    expect(missing, 'mutating use cases without a row in any tests/integration/audit-trail*.test.ts').toEqual([]);
    const stale = rows.filter((useCase) => !found.includes(useCase));
    expect(stale, 'rows for use cases not found').toEqual([]);
  });
});
