import { expect as baseExpect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';

/**
 * Keyboard alone (no click, fill, check or mouse; only Tab, Shift+Tab, Enter, Space, arrows and
 * typing): the director signs in, changes an amount in the budget sheet of FinsamGotland's 2027
 * draft and saves it (the stored value is checked in the database, then the old amount is put
 * back the same way), and Sjöbygden's board member Ali Karimi approves, as adjuster, the minutes
 * of the extra board meeting seeded for this test (src/server/seed/accessibility.ts). ADR 023.
 */
test.describe.configure({ timeout: 180_000 });
// The machine may be slow (several builds at once): generous timeouts.
const expect = baseExpect.configure({ timeout: 20_000 });

const databaseUrl =
  process.env.E2E_DATABASE_URL ??
  `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** What has focus: its accessible name as the tests see it (aria-label, label text or text), tag and test id. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', tag: 'body', testId: '' };
    const labelled =
      el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return {
      name: labelled.replace(/\s+/g, ' ').trim(),
      tag: el.tagName.toLowerCase(),
      testId: el.getAttribute('data-testid') ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  options: { back?: boolean; max?: number } = {},
) {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return;
    seen.push(`${now.tag}:${now.testId || now.name.slice(0, 30)}`);
  }
  throw new Error(`focus never reached the element; went through: ${seen.join(' | ')}`);
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto('/logga-in');
  await tabTo(page, (f) => f.name === 'E-postadress');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  expect((await focused(page)).name).toBe('Lösenord');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/forbund/, { timeout: 60_000 });
}

test('keyboard only: sign in, change and save a budget amount, approve minutes as adjuster', async ({ page }) => {
  // The cost line and its stored 2027 amount, read before.
  const [line] = await query<{ id: string; name: string; amount: string }>(
    `SELECT l.id, l.name, a.amount::text AS amount FROM "BudgetLine" l
       JOIN "Plan" p ON p.id = l."planId" JOIN "Association" s ON s.id = p."associationId"
       JOIN "BudgetAmount" a ON a."budgetLineId" = l.id AND a.year = 2027 AND a.kind = 'BUDGET'
      WHERE s.slug = 'finsamgotland' AND p.year = 2027 AND p.status = 'DRAFT' AND l.type = 'COST' AND l.name = 'Jobbvägen försteget'`,
  );
  expect(line, 'the 2027 draft has the line').toBeTruthy();
  const before = Number(line!.amount);
  const changed = before + 12_500;

  // The director signs in; with two associations she picks FinsamGotland from the list.
  await signInByKeyboard(page, 'chef@samplan.se');
  await expect(page).toHaveURL(/\/forbund$/);
  await tabTo(page, (f) => f.tag === 'a' && f.name.includes('FinsamGotland'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/forbund\/finsamgotland$/);

  // To the budget through the area navigation, then the 2027 draft through the year links.
  await tabTo(page, (f) => f.tag === 'a' && f.name === 'Budget');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/forbund\/finsamgotland\/budget(\?|$)/);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  if (!(await page.getByTestId('budget-grid').locator('caption').textContent())?.includes('2027')) {
    await tabTo(page, (f) => f.tag === 'a' && f.name === '2027');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/ar=2027/);
    await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  }

  // Into the grid (one Tab stop), then arrows to the line's 2027 budget cell.
  const cellName = `${line!.name}, Budget 2027`;
  await tabTo(page, (f) => f.testId === 'budget-cell-input', { max: 120 });
  for (let i = 0; i < 60 && !(await focused(page)).name.startsWith(`${line!.name},`); i++)
    await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 10 && (await focused(page)).name !== cellName; i++) await page.keyboard.press('ArrowRight');
  expect((await focused(page)).name).toBe(cellName);
  // Arriving selects the amount: typing replaces it; Enter saves and moves down.
  await page.keyboard.type(String(changed));
  await page.keyboard.press('Enter');
  expect((await focused(page)).name).not.toBe(cellName);
  await expect
    .poll(
      async () =>
        Number(
          (
            await query<{ amount: string }>(
              `SELECT amount::text AS amount FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2027 AND kind = 'BUDGET'`,
              [line!.id],
            )
          )[0]?.amount,
        ),
      { timeout: 15_000 },
    )
    .toBe(changed);

  // The page has the saved version once the cell shows "saved" (a second save before that would be stale).
  const savedCell = page
    .getByTestId('budget-line')
    .filter({ has: page.getByLabel(cellName, { exact: true }) })
    .locator('[data-testid="budget-cell-status"][data-status="saved"]');
  await expect(savedCell).toHaveCount(1);

  // Back up one row and put the old amount back (later specs read this plan).
  await page.keyboard.press('ArrowUp');
  expect((await focused(page)).name).toBe(cellName);
  await page.keyboard.type(String(before));
  await page.keyboard.press('Enter');
  await expect
    .poll(
      async () =>
        Number(
          (
            await query<{ amount: string }>(
              `SELECT amount::text AS amount FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2027 AND kind = 'BUDGET'`,
              [line!.id],
            )
          )[0]?.amount,
        ),
      { timeout: 15_000 },
    )
    .toBe(before);

  // Sign out from the header (back through the page with Shift+Tab).
  await tabTo(page, (f) => f.testId === 'sign-out', { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/logga-in/, { timeout: 30_000 });

  // Ali Karimi, an adjuster of the extra board meeting's minutes, approves them.
  const [meeting] = await query<{ id: string }>(
    `SELECT m.id FROM "Meeting" m JOIN "Association" s ON s.id = m."associationId" WHERE s.slug = 'sjobygden' AND m.title = 'Extra styrelsemöte' AND m.status = 'HELD'`,
  );
  expect(meeting, 'the seeded meeting awaiting its adjusters').toBeTruthy();
  await signInByKeyboard(page, 'ledamot@sjobygden.se');
  await expect(page).toHaveURL(/\/forbund\/sjobygden/);
  await tabTo(page, (f) => f.tag === 'a' && f.name === 'Sammanträden');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sammantraden$/);
  await tabTo(page, (f) => f.tag === 'a' && f.name.startsWith('Extra styrelsemöte'), { max: 120 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sammantraden/${meeting!.id}$`));
  await tabTo(page, (f) => f.tag === 'a' && f.name.startsWith('Protokoll'), { max: 120 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sammantraden/${meeting!.id}/protokoll$`));
  await expect(page.getByTestId('minutes-state')).toHaveText('Väntar på justering');

  await tabTo(page, (f) => f.testId === 'approve-minutes', { max: 120 });
  await page.keyboard.press('Space');
  // The confirmation step (ADR 033): the password field takes the focus; Enter confirms.
  await expect.poll(async () => (await focused(page)).testId).toBe('approve-password');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('minutes-state')).toHaveText('Justerat av en av två justerare');
  await expect(page.getByTestId('adjusters-list')).toContainText('Ali Karimi: Justerat');
  // Focus is not lost to the page's body when the button goes away.
  expect((await focused(page)).tag).not.toBe('body');
  const [approval] = await query<{ approved: boolean }>(
    `SELECT a."approvedAt" IS NOT NULL AS approved FROM "Adjuster" a JOIN "Person" p ON p.id = a."personId" WHERE a."meetingId" = $1 AND p.email = 'ledamot@sjobygden.se'`,
    [meeting!.id],
  );
  expect(approval?.approved).toBe(true);
});
