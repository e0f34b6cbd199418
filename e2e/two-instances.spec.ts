import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { CONCURRENCY_DEMO_MEETING } from '../src/server/seed/concurrency-demo';
import {
  signedIn,
  amountOf,
  cellText,
  mainDatabaseUrl,
  SECOND_INSTANCE_PORT,
  startInstance,
  withDatabase,
  type Instance,
} from './instances';
import { signIn } from './support';

/**
 * Issue 9, item 3: two production servers over one database. One browser context per instance;
 * both edit the same budget cell and the same minutes paragraph. The second save is refused with
 * the fresh values, the second person redoes the change on top of them, and the database and the
 * audit log hold both changes. Sign-in rate limiting counts the failures made on both instances.
 *
 * Rows of its own: a cell nobody else asserts on (a prognosis of the 2027 draft), the 2025 meeting
 * of src/server/seed/concurrency-demo.ts, and a person this spec creates.
 */

// Page loads and hydration wait longer than the default 5 s: these specs run extra servers on a shared 2-CPU machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const SLUG = 'finsamgotland';
const LINE = 'Strukturell samverkan & kompetensutveckling';
const CELL = `${LINE}, Prognos 2029`;
const RATE_LIMIT_EMAIL = 'tva-instanser@finsamgotland.se';

let second: Instance;

// Three servers' worth of work on two CPUs: each test signs in twice and saves across instances.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  second = await startInstance(mainDatabaseUrl, SECOND_INSTANCE_PORT);
});

test.afterAll(async () => {
  await second?.stop();
});

async function pageOn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signedIn(page, email);
  return page;
}

async function openBudget(page: Page) {
  await page.goto(`/forbund/${SLUG}/budget?ar=2027`);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  return page.getByLabel(CELL, { exact: true });
}

test('two instances: the second save of the same budget cell is refused with the fresh amount, then redone on top; nothing is lost', async ({
  browser,
  baseURL,
}) => {
  const anna = await pageOn(browser, baseURL!, 'chef@samplan.se');
  const other = await pageOn(browser, second.url, 'chef@samplan.se');
  const cellA = await openBudget(anna);
  const cellB = await openBudget(other);
  // Both read the same amount, before either saves.
  const start = amountOf(await cellA.inputValue());
  await expect(cellB).toHaveValue(await cellA.inputValue());
  const {
    lineId,
    version: startVersion,
    auditBefore,
  } = await withDatabase(mainDatabaseUrl, async (db) => {
    const line = await db.query(
      `SELECT l.id FROM "BudgetLine" l JOIN "Plan" p ON p.id = l."planId" JOIN "Association" a ON a.id = p."associationId"
       WHERE a.slug = $1 AND p.year = 2027 AND p.status = 'DRAFT' AND l.name = $2`,
      [SLUG, LINE],
    );
    const id = line.rows[0].id as string;
    const cell = await db.query(
      `SELECT version FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2029 AND kind = 'PROGNOSIS'`,
      [id],
    );
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'budget.cellSaved' AND "entityId" = $1`,
      [id],
    );
    return {
      lineId: id,
      version: (cell.rows[0]?.version as number | undefined) ?? null,
      auditBefore: audit.rows[0].n as number,
    };
  });

  // Instance 1 saves +1 000.
  await cellA.fill(cellText(start + 1000));
  await cellA.press('Tab');
  await expect(anna.locator('[data-testid="budget-cell-status"][data-status="saved"]')).toHaveCount(1);

  // Instance 2 still shows the old amount and saves +2 000 on top of it: refused, the fresh amount shown.
  await cellB.fill(cellText(start + 2000));
  await cellB.press('Tab');
  await expect(cellB).toHaveAccessibleDescription(
    `Någon annan ändrade beloppet. Det senaste sparade är ${cellText(start + 1000)}\u00a0kr; ditt värde ${cellText(start + 2000)} sparades inte.`,
  );
  await expect(cellB).toHaveValue(cellText(start + 1000));

  // The second person redoes their +2 000 on top of the fresh amount.
  await cellB.fill(cellText(start + 3000));
  await cellB.press('Tab');
  await expect(other.locator('[data-testid="budget-cell-status"][data-status="saved"]')).toHaveCount(1);

  // Both changes are in the database and in the audit log, in order.
  await withDatabase(mainDatabaseUrl, async (db) => {
    const cell = await db.query(
      `SELECT amount::text AS amount, version FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2029 AND kind = 'PROGNOSIS'`,
      [lineId],
    );
    expect(Number(cell.rows[0].amount)).toBe(start + 3000);
    expect(cell.rows[0].version).toBe((startVersion ?? 0) + 2);
    const audit = await db.query(
      `SELECT data FROM "AuditLog" WHERE action = 'budget.cellSaved' AND "entityId" = $1 ORDER BY id`,
      [lineId],
    );
    expect(audit.rows.length).toBe(auditBefore + 2);
    const [first, last] = audit.rows
      .slice(-2)
      .map(
        (row) =>
          row.data as { year: number; kind: string; before: { amount: string | null }; after: { amount: string } },
      );
    expect([first!.year, first!.kind, Number(first!.after.amount)]).toEqual([2029, 'PROGNOSIS', start + 1000]);
    expect([Number(last!.before.amount), Number(last!.after.amount)]).toEqual([start + 1000, start + 3000]);
  });
  await other.reload();
  await expect(other.getByLabel(CELL, { exact: true })).toHaveValue(cellText(start + 3000));
});

test('two instances: the second save of the same minutes paragraph is refused with the fresh text, then redone on top; both edits remain', async ({
  browser,
  baseURL,
}) => {
  const { meetingId, paragraphId } = await withDatabase(mainDatabaseUrl, async (db) => {
    const meeting = await db.query(
      `SELECT m.id FROM "Meeting" m JOIN "Association" a ON a.id = m."associationId" WHERE a.slug = $1 AND m.title = $2`,
      [SLUG, CONCURRENCY_DEMO_MEETING.title],
    );
    const paragraph = await db.query(
      `SELECT id FROM "MinutesParagraph" WHERE "meetingId" = $1 AND title = 'Budgetramar 2027'`,
      [meeting.rows[0].id],
    );
    return { meetingId: meeting.rows[0].id as string, paragraphId: paragraph.rows[0].id as string };
  });
  const path = `/forbund/${SLUG}/sammantraden/${meetingId}/protokoll`;
  const director = await pageOn(browser, baseURL!, 'chef@samplan.se');
  const administrator = await pageOn(browser, second.url, 'admin@finsamgotland.se');
  const open = async (page: Page) => {
    await page.goto(path);
    const paragraph = page.getByTestId('minutes-paragraph').filter({ hasText: 'Budgetramar 2027' });
    await paragraph.getByTestId('paragraph-edit').click();
    return paragraph.getByTestId('paragraph-edit-form');
  };
  const formA = await open(director);
  const formB = await open(administrator);
  const discussion =
    'Förbundschefen redogjorde för medlemmarnas preliminära bidrag för 2027. Styrelsen diskuterade en oförändrad ram.';
  const decision = 'Styrelsen beslutar att lägga informationen till handlingarna.';

  // The director (instance 1) adds to the discussion and saves.
  await formA.getByLabel('Ärendets behandling').fill(discussion);
  await formA.getByTestId('paragraph-save').click();
  await expect(formA).toHaveCount(0);

  // The administrator (instance 2), on the version read before, writes the decision: refused, the fresh text shown.
  await formB.getByLabel('Beslutstext').fill(decision);
  await formB.getByTestId('paragraph-save').click();
  await expect(formB.getByTestId('paragraph-edit-error')).toHaveText(
    'Någon annan har ändrat detta medan du arbetade. Uppgifterna nedan är de senaste; gör din ändring igen.',
  );
  await expect(formB.getByLabel('Ärendets behandling')).toHaveValue(discussion);
  await expect(formB.getByLabel('Beslutstext')).toHaveValue('');

  // Redone on top of the fresh text.
  await formB.getByLabel('Beslutstext').fill(decision);
  await formB.getByTestId('paragraph-save').click();
  await expect(formB).toHaveCount(0);
  const shown = administrator.getByTestId('minutes-paragraph').filter({ hasText: 'Budgetramar 2027' });
  await expect(shown.getByTestId('paragraph-discussion')).toHaveText(discussion);
  await expect(shown.getByTestId('paragraph-decision')).toHaveText(decision);

  await withDatabase(mainDatabaseUrl, async (db) => {
    const row = await db.query(`SELECT discussion, "decisionText", version FROM "MinutesParagraph" WHERE id = $1`, [
      paragraphId,
    ]);
    expect(row.rows[0]).toEqual({ discussion, decisionText: decision, version: 3 });
    const audit = await db.query(
      `SELECT p.email, l.data FROM "AuditLog" l JOIN "Person" p ON p.id = l."personId" WHERE l.action = 'minutes.paragraphUpdated' AND l."entityId" = $1 ORDER BY l.id`,
      [paragraphId],
    );
    expect(audit.rows.map((row) => [row.email, row.data.after])).toEqual([
      ['chef@samplan.se', { discussion }],
      ['admin@finsamgotland.se', { decisionText: decision }],
    ]);
  });
});

test('two instances: failed sign-ins alternating between the instances reach the limit, then both refuse even the right password', async ({
  browser,
  baseURL,
}) => {
  // A person of this spec's own, with the demo password (its hash copied), so no other spec's sign-ins are locked out.
  await withDatabase(mainDatabaseUrl, (db) =>
    db.query(
      `INSERT INTO "Person" (id, email, name, "passwordHash", "updatedAt")
       SELECT 'two-instances-person', $1, 'Tove Tvåinstans', "passwordHash", now() FROM "Person" WHERE email = 'chef@samplan.se'
       ON CONFLICT (email) DO NOTHING`,
      [RATE_LIMIT_EMAIL],
    ),
  );
  const pages = [
    await (await browser.newContext({ baseURL })).newPage(),
    await (await browser.newContext({ baseURL: second.url })).newPage(),
  ];
  const error = (page: Page) => page.getByTestId('sign-in-error');
  const refused = 'För många misslyckade inloggningsförsök. Försök igen om 15 minuter.';
  // Five wrong passwords, alternating: the fifth reaches the limit (5 within 15 minutes).
  for (let attempt = 1; attempt <= 5; attempt++) {
    const page = pages[attempt % 2]!;
    await signIn(page, RATE_LIMIT_EMAIL, 'fel-lösenord');
    await expect(error(page)).toHaveText(attempt < 5 ? 'Fel e-postadress eller lösenord.' : refused);
  }
  // Now the right password is refused on both instances.
  for (const page of pages) {
    await signIn(page, RATE_LIMIT_EMAIL);
    await expect(error(page)).toHaveText(refused);
    await expect(page).toHaveURL(/\/logga-in/);
  }
  await withDatabase(mainDatabaseUrl, async (db) => {
    const attempts = await db.query(`SELECT succeeded FROM "SignInAttempt" WHERE email = $1`, [RATE_LIMIT_EMAIL]);
    expect(attempts.rows).toHaveLength(7);
    expect(attempts.rows.every((row) => row.succeeded === false)).toBe(true);
    const audit = await db.query(
      `SELECT action, count(*)::int AS n FROM "AuditLog" WHERE data->>'email' = $1 GROUP BY action ORDER BY action`,
      [RATE_LIMIT_EMAIL],
    );
    expect(Object.fromEntries(audit.rows.map((row) => [row.action, row.n]))).toEqual({
      'auth.signIn.blocked': 2,
      'auth.signIn.failed': 5,
      'auth.signIn.lockedOut': 1,
    });
  });
});
