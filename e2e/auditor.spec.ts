import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import {
  ACTION_ARGS,
  pagePath,
  PERSON_ACTIONS,
  PUBLIC_ACTIONS,
  postAction,
  SLUG,
  seededIds as seededIdsIn,
} from './shared/action-args';
import { signIn } from './support';

/**
 * The auditor reads everything and changes nothing: no page offers a control that changes data,
 * and every server action in the build, posted directly with the auditor's session, is refused
 * and leaves the database as it was.
 */

const base = `/forbund/${SLUG}`;
const databaseUrl =
  process.env.E2E_DATABASE_URL ??
  `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;
const seededIds = () => seededIdsIn(databaseUrl);

/** Controls that change nothing: disabled ones (also inside a disabled fieldset), GET forms (filters, year pickers), `data-read-only` parts, signing out. */
function changingControls(): string[] {
  const found: string[] = [];
  const label = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 50)}"`;
  const isGetForm = (form: Element | null) => !!form && form.getAttribute('method')?.toLowerCase() === 'get';
  for (const form of document.querySelectorAll('form')) {
    const method = (form.getAttribute('method') ?? '').toLowerCase();
    const action = form.getAttribute('action') ?? '';
    if (method === 'post' || action.startsWith('javascript:') || form.querySelector('input[name^="$ACTION"]'))
      found.push(`form ${label(form)}`);
  }
  const controls = document.querySelectorAll(
    'input, select, textarea, button, [contenteditable="true"], [contenteditable=""], [role="button"], [role="textbox"], [role="switch"], [role="checkbox"]',
  );
  for (const el of controls) {
    if (el.matches('input[type=hidden]')) continue;
    if (
      el.matches(':disabled') ||
      (el as HTMLInputElement).readOnly ||
      el.getAttribute('aria-disabled') === 'true' ||
      el.getAttribute('aria-readonly') === 'true'
    )
      continue;
    if (el.closest('[data-read-only]') || el.matches('[data-testid="sign-out"]') || isGetForm(el.closest('form')))
      continue;
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
    const tables = [
      'AuditLog',
      'Invoice',
      'Attestation',
      'Attachment',
      'Plan',
      'BudgetLine',
      'BudgetAmount',
      'BudgetOutcome',
      'PriceBaseAmount',
      'AssociationSettings',
      'AgendaItem',
      'Matter',
      'Meeting',
      'Decision',
    ];
    const result: Record<string, string> = {};
    for (const table of tables) {
      const hasVersion =
        table !== 'AuditLog' && table !== 'Attestation' && table !== 'Attachment' && table !== 'Decision';
      const { rows } = await client.query(
        `SELECT count(*)::text AS n${hasVersion ? ', coalesce(sum(version), 0)::text AS v' : ''} FROM "${table}"`,
      );
      result[table] = `${rows[0].n}/${rows[0].v ?? ''}`;
    }
    return result;
  } finally {
    await client.end();
  }
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

  test('every main page and the detail pages reachable from lists offer no control that changes data', async ({
    browser,
  }) => {
    const page = await auditorPage(browser);
    const nav = page.getByRole('navigation', { name: 'Förbundets delar' });
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs).toContain(`${base}/revision`);
    expect(hrefs).toContain(`${base}/fakturor`);
    for (const part of ['att-gora', 'plan', 'insatser', 'mal', 'resultat', 'arenden', 'sammantraden', 'rapporter'])
      expect(hrefs).toContain(`${base}/${part}`);

    await page.goto(`${base}/fakturor`);
    const invoiceHref = await page
      .locator(`a[href^="${base}/fakturor/"]`)
      .filter({ hasText: 'Kontorsgiganten Visby AB' })
      .first()
      .getAttribute('href');
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

  test('the auditor’s desk shows the reports, highlights the attest exception and exports PDF and XLSX', async ({
    browser,
  }) => {
    const page = await auditorPage(browser);
    await page.goto(`${base}/revision?ar=2026`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revision 2026');
    const attest = page.getByTestId('audit-report-attestlogg');
    const exception = attest.locator('tr[data-exception]').filter({ hasText: 'Visby Konferens AB' });
    await expect(exception).toContainText('Samma person registrerade och attesterade');
    await expect(page.getByTestId('audit-report-andringar')).toContainText(
      'Inga ändringar i antagna handlingar efter antagandet.',
    );
    await expect(page.getByTestId('audit-report-beslut')).toContainText(
      'Styrelsen beslutar att anta verksamhets- och budgetplan 2026.',
    );
    await expect(page.getByTestId('audit-report-delegation')).toContainText('Prisbasbelopp 2026');
    const pdf = await page.request.get(`${base}/revision/rapport/attestlogg.pdf?ar=2026`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await page.request.get(`${base}/revision/rapport/budgetutfall.xlsx?ar=2026`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    // Public records are the office's: the auditor is refused.
    expect(
      (
        await page.request.get(`${base}/rapporter/allmanna-handlingar/export.zip?fran=2026-01-01&till=2026-12-31`)
      ).status(),
    ).toBe(403);
  });

  test('every server action posted with the auditor’s session is refused and the database is unchanged', async ({
    browser,
  }) => {
    const page = await auditorPage(browser);
    const origin = new URL(page.url()).origin;
    const ids = await seededIds();
    const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
      node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
    };
    // A person-scoped action (the auditor's own mail preferences) is the auditor's to use.
    const actions = Object.entries(manifest.node)
      .map(([id, entry]) => ({
        id,
        name: entry.exportedName ?? id,
        workers: Object.keys(entry.workers),
      }))
      .filter((action) => !PERSON_ACTIONS[action.name] && !PUBLIC_ACTIONS[action.name]);
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
      const code =
        refusal === undefined
          ? `no refusal (HTTP ${response.status()}): ${reply.slice(0, 200)}`
          : refusal === 'VALIDATION'
            ? `VALIDATION ${reply.slice(reply.indexOf('"ok":false'), reply.indexOf('"ok":false') + 200)}`
            : refusal;
      answers[action.name] = code;
    }
    const refused = Object.fromEntries(
      Object.entries(answers).map(([name, code]) => [
        name,
        ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'].includes(code) ? 'refused' : code,
      ]),
    );
    expect(refused).toEqual(Object.fromEntries(actions.map((action) => [action.name, 'refused'])));
    expect(await databaseFingerprint()).toEqual(before);
  });
});
