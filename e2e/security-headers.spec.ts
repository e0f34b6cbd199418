import { readFileSync } from 'node:fs';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';
import { signIn } from './support';

/**
 * Security headers on every kind of response, the session cookies' attributes, and no Content
 * Security Policy violation on the main pages (ADR 021). Changes nothing in the database except
 * sign-in attempts.
 */

const SLUG = 'finsamgotland';
const base = `/forbund/${SLUG}`;
const databaseUrl =
  process.env.E2E_DATABASE_URL ??
  `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;

test.describe.configure({ timeout: 120_000 });

type Headers = Record<string, string>;

function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers['content-security-policy'];
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const directives = Object.fromEntries(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
  expect(directives['script-src'], what).toEqual(
    expect.arrayContaining(["'strict-dynamic'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]+={0,2}'$/)]),
  );
  expect(csp, `${what}: no unsafe-inline or unsafe-eval in production`).not.toContain('unsafe-');
  expect(directives['frame-ancestors'], what).toEqual(["'none'"]);
  expect(directives['object-src'], what).toEqual(["'none'"]);
  expect(directives['base-uri'], what).toEqual(["'self'"]);
  expect(directives['form-action'], what).toEqual(["'self'"]);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  // The e2e server is `next start`: production.
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
}

/** As support's signInAndWait, with room for the first sign-in after the server starts (the slowest). */
async function signInAndWait(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 60_000 });
}

const nonceOf = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];

function cookiesOf(setCookies: string[]): Record<string, string> {
  return Object.fromEntries(setCookies.map((cookie) => [cookie.split('=')[0]!, cookie]));
}

/** Signs in over HTTP as a Node client would (no cookie jar): the csrf token and cookie, then the credentials callback. */
async function signInOverHttp(origin: string, email: string) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfSetCookies = csrf.headers.getSetCookie();
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: csrfSetCookies.map((c) => c.split(';')[0]).join('; '),
    },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  return { csrfSetCookies, response, setCookies: response.headers.getSetCookie() };
}

test('a page, a static file, a route handler and a server-action reply carry the security headers', async ({
  page,
  baseURL,
}) => {
  const signInPage = await page.request.get('/logga-in');
  expectSecurityHeaders(signInPage.headers(), 'the sign-in page');
  // A fresh nonce per request, and Next puts it on the page's scripts.
  const again = await page.request.get('/logga-in');
  expect(nonceOf(again)).not.toBe(nonceOf(signInPage));
  const html = await signInPage.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect(script, 'every script tag carries the nonce').toContain(`nonce="${nonceOf(signInPage)}"`);

  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const staticFile = await page.request.get(chunk!);
  expect(staticFile.status()).toBe(200);
  expectSecurityHeaders(staticFile.headers(), 'a static file');

  await signInAndWait(page, 'chef@samplan.se');
  const csv = await page.request.get(`${base}/budget/export.csv?ar=2026`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expectSecurityHeaders(csv.headers(), 'a route handler (budget CSV export)');

  // A server action: a budget cell save with an amount the server refuses (nothing is written).
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === 'saveBudgetCellAction')![0];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const lineId = (
    await client.query(
      `SELECT l.id FROM "BudgetLine" l JOIN "Plan" p ON p.id = l."planId" JOIN "Association" a ON a.id = p."associationId" WHERE a.slug = $1 AND p.status = 'DRAFT' AND l.type = 'COST' ORDER BY p.year, l."order" LIMIT 1`,
      [SLUG],
    )
  ).rows[0].id as string;
  await client.end();
  const action = await page.request.post(`${base}/budget`, {
    headers: {
      'next-action': actionId,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin: baseURL!,
    },
    data: JSON.stringify([SLUG, { lineId, year: 2027, kind: 'BUDGET', amount: 'inte ett belopp', version: null }]),
  });
  expect(action.status()).toBe(200);
  expect(await action.text()).toContain('"code":"VALIDATION"');
  expectSecurityHeaders(action.headers(), 'a server-action reply');

  // A framing attempt is refused by both headers; an error page carries them too.
  const missing = await page.request.get('/finns-inte');
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing.headers(), 'a 404 page');
});

test('the session, csrf and callback-url cookies are HttpOnly, Secure and SameSite=Lax, in the browser and over HTTP', async ({
  page,
  baseURL,
}) => {
  await signInAndWait(page, 'chef@samplan.se');
  const cookies = Object.fromEntries((await page.context().cookies()).map((cookie) => [cookie.name, cookie]));
  for (const name of ['next-auth.session-token', 'next-auth.csrf-token', 'next-auth.callback-url']) {
    expect(cookies[name], name).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  }
  // The browser sends the Secure session cookie back over http://localhost: the app works signed in.
  await page.goto(`${base}/budget?ar=2027`);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');

  const { csrfSetCookies, response, setCookies } = await signInOverHttp(baseURL!, 'ordforande@finsamgotland.se');
  expect(response.status).toBe(200);
  const all = cookiesOf([...csrfSetCookies, ...setCookies]);
  for (const name of ['next-auth.session-token', 'next-auth.csrf-token', 'next-auth.callback-url']) {
    const cookie = all[name];
    expect(cookie, `${name} set over HTTP`).toBeTruthy();
    expect(cookie!.split(';').map((part) => part.trim().toLowerCase())).toEqual(
      expect.arrayContaining(['httponly', 'secure', 'samesite=lax', 'path=/']),
    );
  }
  // A Node client that sends the cookie itself is signed in.
  const session = all['next-auth.session-token']!.split(';')[0]!;
  const dashboard = await fetch(`${baseURL}${base}`, { headers: { cookie: session }, redirect: 'manual' });
  expect(dashboard.status).toBe(200);
});

/** Records Content Security Policy violations: the DOM event and Chromium's console report. */
async function watchViolations(page: Page): Promise<string[]> {
  const reports: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Permissions policy/i.test(message.text()))
      reports.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => reports.push(`page error: ${error.message}`));
  return reports;
}

async function expectNoViolations(page: Page, reports: string[], path: string) {
  const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect([...events, ...reports], `CSP violations on ${path}`).toEqual([]);
}

test('the main pages, the budget sheet, the plan document, the results charts and a PDF download run without a CSP violation', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const reports = await watchViolations(page);
  await signInAndWait(page, 'chef@samplan.se');
  await expectNoViolations(page, reports, 'sign-in');

  const pages = [
    base,
    `${base}/att-gora`,
    `${base}/plan?ar=2027`,
    `${base}/plan/arbetsgang?ar=2027`,
    `${base}/mal?ar=2027`,
    `${base}/insatser`,
    `${base}/budget/uppfoljning?ar=2026`,
    `${base}/fakturor`,
    `${base}/arenden`,
    `${base}/sammantraden`,
    `${base}/rapporter`,
    `${base}/resultat?ar=2026`,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('load');
    await expectNoViolations(page, reports, path);
  }
  // The not-found page is rendered per request too, so its scripts run.
  expect((await page.goto('/finns-inte'))?.status()).toBe(404);
  await page.waitForLoadState('load');
  await expectNoViolations(page, reports, 'not found');

  // The budget sheet hydrates (its scripts ran with the nonce) and a cell takes input.
  await page.goto(`${base}/budget?ar=2027`);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('budget-grid')).toBeVisible();
  await expect(page.locator('svg').first()).toBeVisible();
  await expectNoViolations(page, reports, 'budget sheet');

  // The plan document (Markdown, tables, contents) and its PDF download.
  await page.goto(`${base}/plan/dokument?ar=2026`);
  await expect(page.getByTestId('document-toc')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-pdf').click()]);
  expect(download.suggestedFilename()).toBe('verksamhets-och-budgetplan-2026.pdf');
  await expectNoViolations(page, reports, 'plan document and its PDF');

  // Results charts.
  await page.goto(`${base}/resultat?ar=2026`);
  await page.waitForLoadState('load');
  await expectNoViolations(page, reports, 'results');
});
