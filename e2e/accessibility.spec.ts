import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { signIn } from './support';

/**
 * axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page of the build: the page routes come
 * from `.next/server/app-paths-manifest.json`, their dynamic segments are filled with ids from the
 * e2e database, and each is opened as the director (who sees the edit controls), as the auditor
 * (read-only), and the sign-in page signed out. Year-based pages are opened for the editable 2027
 * draft and the locked 2026 plan. Every `<details>` is opened before the check, so disclosures are
 * checked open. Then a few states: an invoice form showing its validation errors and the budget
 * sheet's dialogs open. A serious or critical violation anywhere fails the test; one run lists
 * them all (page, rule, target). The auditor sees each route once (first id, 2026). ADR 023.
 */

const SLUG = 'finsamgotland';
const base = `/forbund/${SLUG}`;
const databaseUrl =
  process.env.E2E_DATABASE_URL ??
  `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DIRECTOR_STATE = 'test-results/a11y-director.json';
const AUDITOR_STATE = 'test-results/a11y-auditor.json';

/** Pages that show a plan year: opened for the editable draft and for the adopted (locked) plan. */
const PLAN_YEAR_PAGES = /\/(budget|plan)(\/|$)|\/(mal|insatser)(\/|$)/;
/** Pages that show a year of outcome, results or audit: opened for 2026, the adopted year. */
const OUTCOME_YEAR_PAGES = /\/(uppfoljning|resultat|revision)(\/|$)|^\/forbund\/\[slug\]$/;

type Ids = Record<string, string[]>;

async function seededIds(): Promise<Ids> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const all = async (sql: string) => (await client.query(sql)).rows.map((row: { id: string }) => row.id);
    const [association] = await all(`SELECT id FROM "Association" WHERE slug = '${SLUG}'`);
    const where = `"associationId" = '${association}'`;
    const draftPlan = (await all(`SELECT id FROM "Plan" WHERE ${where} AND status = 'DRAFT' ORDER BY year LIMIT 1`))[0];
    return {
      slug: [SLUG],
      // A matter being raised and one in preparation (the preparation form).
      matterId: await all(
        `SELECT id FROM "Matter" WHERE ${where} AND status IN ('RAISED', 'IN_PREPARATION') ORDER BY number LIMIT 2`,
      ),
      // An invoice waiting for attest and a paid one.
      invoiceId: await all(
        `SELECT id FROM "Invoice" WHERE ${where} AND "invoiceNumber" IN ('KG-30211', '2026-0412') ORDER BY "invoiceNumber" DESC`,
      ),
      interventionId: await all(
        `SELECT id FROM "Intervention" WHERE ${where} AND status = 'RUNNING' ORDER BY name LIMIT 1`,
      ),
      lineId: await all(
        `SELECT id FROM "BudgetLine" WHERE "planId" = '${draftPlan}' AND type = 'COST' ORDER BY "order" LIMIT 1`,
      ),
      // The upcoming meeting (agenda, attendance, minutes being written) and the held one with locked minutes.
      meetingId: [
        ...(await all(
          `SELECT id FROM "Meeting" WHERE ${where} AND status = 'PLANNED' AND body = 'BOARD' ORDER BY "startsAt" LIMIT 1`,
        )),
        ...(await all(
          `SELECT id FROM "Meeting" WHERE ${where} AND status = 'MINUTES_LOCKED' ORDER BY "startsAt" LIMIT 1`,
        )),
      ],
      year: ['2026'],
      // An invitation or password link (/inbjudan/[token], /losenord/[token]): one that is no longer
      // valid shows the page a person with an old mail meets; the forms are checked by people-passwords.spec.ts.
      token: ['en-lank-som-inte-galler'],
      // A mail in the demo inbox (/inkorg/[mailId]): the e2e server catches mail (no SMTP_URL, demo
      // data), but no spec before this one need have sent any, so one is put there if none is.
      mailId: await caughtMail(client),
    };
  } finally {
    await client.end();
  }
}

/** The newest caught mail, or one written for the check (with an .ics part, as a notice has). */
async function caughtMail(client: pg.Client): Promise<string[]> {
  await client.query(
    `INSERT INTO "CaughtMail" (id, "fromAddress", "toAddresses", subject, "textBody", "htmlBody", attachments, raw)
     SELECT 'a11y-caught-mail', 'noreply@localhost', ARRAY['ledamot@finsamgotland.se'], 'Kallelse: styrelsen, Styrelsemöte',
            E'Hej Omar Haddad,\n\nDu kallas till sammanträde med styrelsen.', '<p>Hej Omar Haddad,</p>',
            '[{"filename":"kallelse.ics","contentType":"text/calendar","content":"BEGIN:VCALENDAR\\r\\nEND:VCALENDAR"}]'::jsonb,
            convert_to('Subject: Kallelse', 'UTF8')
     WHERE NOT EXISTS (SELECT 1 FROM "CaughtMail")`,
  );
  return (await client.query(`SELECT id FROM "CaughtMail" ORDER BY "receivedAt" DESC LIMIT 1`)).rows.map(
    (row: { id: string }) => row.id,
  );
}

/** Every URL to check for one page route of the manifest; a route with a segment we cannot fill fails. */
function urlsFor(route: string, ids: Ids): string[] {
  if (route === '/_not-found') return ['/forbund/finsamgotland/finns-inte'];
  if (route === '/_global-error') return [];
  let urls = [route];
  for (const [, name] of route.matchAll(/\[(\w+)\]/g)) {
    const values = ids[name!] ?? [];
    expect(values.length, `ids for [${name}] in ${route}`).toBeGreaterThan(0);
    urls = urls.flatMap((url) => values.map((value) => url.replace(`[${name}]`, value)));
  }
  expect(
    urls.every((url) => !url.includes('[')),
    `every segment of ${route} filled`,
  ).toBe(true);
  if (PLAN_YEAR_PAGES.test(route) && route.startsWith('/forbund/[slug]/'))
    urls = urls.flatMap((url) => [`${url}?ar=2027`, `${url}?ar=2026`]);
  else if (OUTCOME_YEAR_PAGES.test(route)) urls = urls.map((url) => `${url}?ar=2026`);
  return urls;
}

function pageRoutes(): string[] {
  const manifest = JSON.parse(readFileSync('.next/server/app-paths-manifest.json', 'utf8')) as Record<string, string>;
  return Object.keys(manifest)
    .filter((key) => key.endsWith('/page'))
    .map((key) => key.replace(/\/page$/, '') || '/')
    .sort();
}

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical violations on the page as it is now (with every disclosure open). */
async function violations(page: Page): Promise<Finding[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  // Legacy mode runs axe in the page itself: no extra blank page per check (the app has no iframes).
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact!,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

async function check(page: Page, url: string, who: string, state = '') {
  const found = await violations(page);
  if (process.env.A11Y_TIMING && found.length > 0)
    console.log(`VIOLATION ${who} ${url} ${state}: ${JSON.stringify(found)}`);
  expect.soft(found, `${who} ${url}${state ? ` (${state})` : ''}`).toEqual([]);
}

async function visit(page: Page, url: string, who: string) {
  const started = Date.now();
  const response = await page.goto(url);
  expect.soft(response?.status() ?? 0, `${who} ${url} status`).toBeLessThan(500);
  await page.waitForLoadState('load');
  const loaded = Date.now();
  await check(page, url, who);
  if (process.env.A11Y_TIMING) console.log(`${who} ${url}: load ${loaded - started} ms, axe ${Date.now() - loaded} ms`);
}

async function sessionPage(browser: Browser, state: string): Promise<Page> {
  const context = await browser.newContext({ storageState: state });
  return context.newPage();
}

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  // Generous: some 100 page checks, slow on a loaded machine (A11Y_TIMING=1 logs each page).
  test.setTimeout(Number(process.env.A11Y_TIMEOUT ?? 900_000));

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    for (const [email, path] of [
      ['chef@samplan.se', DIRECTOR_STATE],
      ['revisor@finsamgotland.se', AUDITOR_STATE],
    ] as const) {
      const page = await browser.newPage();
      await signIn(page, email);
      await expect(page).toHaveURL(/\/forbund/, { timeout: 90_000 });
      await page.context().storageState({ path });
      await page.close();
    }
  });

  test('every page, as the director and as the auditor, and the sign-in page signed out', async ({ browser }) => {
    const ids = await seededIds();
    const routes = pageRoutes();
    expect(routes).toContain('/forbund/[slug]/budget');
    const urls = routes.flatMap((route) => urlsFor(route, ids));

    const signedOut = await (await browser.newContext()).newPage();
    await visit(signedOut, '/logga-in', 'signed out');
    // The sign-in form showing its error.
    await signedOut.getByLabel('E-postadress').fill('ingen@example.se');
    await signedOut.getByLabel('Lösenord').fill('fel-lösenord');
    await signedOut.getByRole('button', { name: 'Logga in' }).click();
    await expect(signedOut.getByTestId('sign-in-error')).not.toBeEmpty({ timeout: 30_000 });
    await check(signedOut, '/logga-in', 'signed out', 'wrong password');
    await signedOut.context().close();

    // The director on every URL, the auditor on each route once (the first id, the adopted year):
    // a few pages at once, so axe's work spreads over the machine's cores.
    const once = new Map<string, string>();
    for (const route of routes) {
      const first = urlsFor(route, ids).find((url) => !url.includes('ar=2027')) ?? urlsFor(route, ids)[0];
      if (first && first !== '/logga-in') once.set(route, first);
    }
    const tasks = [
      ...urls.filter((url) => url !== '/logga-in').map((url) => ({ who: 'director' as const, url })),
      ...[...once.values()].map((url) => ({ who: 'auditor' as const, url })),
    ];
    const workers = Number(process.env.A11Y_WORKERS ?? 3);
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const pages: Partial<Record<'director' | 'auditor', Page>> = {};
        for (let task = tasks.shift(); task; task = tasks.shift()) {
          pages[task.who] ??= await sessionPage(browser, task.who === 'director' ? DIRECTOR_STATE : AUDITOR_STATE);
          await visit(pages[task.who]!, task.url, task.who);
        }
        for (const page of Object.values(pages)) await page.context().close();
      }),
    );
  });

  test('states: a form showing validation errors and the budget sheet’s edit dialog', async ({ browser }) => {
    const page = await sessionPage(browser, DIRECTOR_STATE);
    await page.goto(`${base}/fakturor/ny`);
    await page.getByTestId('invoice-submit').click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await check(page, `${base}/fakturor/ny`, 'director', 'validation errors');

    await page.goto(`${base}/budget?ar=2027`);
    await page.getByTestId('budget-line-edit').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, `${base}/budget?ar=2027`, 'director', 'edit-line dialog open');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.context().close();
  });
});
