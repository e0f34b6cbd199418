import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { createDatabaseIfMissing } from '../src/server/db/admin';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/server/db/embedded-postgres';
import {
  signedIn,
  amountOf,
  cellText,
  RESTART_PG_PORT,
  RESTART_SERVER_PORT,
  startInstance,
  withDatabase,
  type Instance,
} from './instances';
import { signIn } from './support';

/**
 * Issue 9, item 4: PostgreSQL restarts in the middle of a run of saves. Its own PostgreSQL
 * (E2E_PG_PORT+40) and its own production server (E2E_PORT+41), so the restart touches no other
 * spec. Server actions are posted over HTTP with the director's session while a browser saves a
 * cell and opens pages. Requests during the outage are answered RETRY ("Försök igen"), pages show
 * the Swedish error page, the same server saves again once PostgreSQL is back, and SQL finds
 * nothing half-written: every change has its audit entry and every audit entry its change.
 *
 * A Playwright spec rather than a Vitest test: it needs the production build (`next start`), which
 * `npm test` makes after Vitest has run, and a browser for the messages people see.
 */

// Page loads and hydration wait longer than the default 5 s: these specs run extra servers on a shared 2-CPU machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const SLUG = 'finsamgotland';
const DATA_DIR = '.data/e2e-restart-postgres';
const DATABASE = 'samplan_restart';
const STREAM_LINE = 'Uppföljning & utvärdering';
const BROWSER_LINE = 'Strukturell samverkan & kompetensutveckling';
const SUPPLIER = 'Omstartstest AB';
const OUTAGE_MS = 4000;

let postgres: EmbeddedPostgres;
let databaseUrl: string;
let server: Instance;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  await rm(DATA_DIR, { recursive: true, force: true });
  postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: RESTART_PG_PORT, fast: true });
  await createDatabaseIfMissing(postgres.url(), DATABASE);
  databaseUrl = postgres.url(DATABASE);
  // Migrations and demo data as src/cli/fresh-database.ts does them (npm run db:seed with this URL; it runs under
  // tsx with the react-server condition, which the app's server modules need).
  execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', 'src/cli/seed.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'pipe',
  });
  server = await startInstance(databaseUrl, RESTART_SERVER_PORT);
});

test.afterAll(async () => {
  await server?.stop();
  await postgres?.stop();
});

interface Manifest {
  node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
}

/** The id of a server action in the build, and a page of the association it may be posted to. */
function action(name: string): { id: string; path: string } {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest;
  const [id, entry] = Object.entries(manifest.node).find(([, e]) => e.exportedName === name)!;
  const worker = Object.keys(entry.workers)
    .map((w) => w.replace(/^app/, '').replace(/\/page$/, ''))
    .find((w) => !/\[(?!slug\])/.test(w))!;
  return { id, path: worker.replace('[slug]', SLUG) };
}

type Reply =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; code: string; message: string; fresh?: Record<string, unknown> }
  | { status: number };

/** Posts a server action as React does; the reply's `{ ok, … }` object from the RSC payload, or the HTTP status. */
async function post(
  request: APIRequestContext,
  target: { id: string; path: string },
  args: unknown[],
  multipart?: FormData,
): Promise<Reply> {
  const origin = `http://localhost:${RESTART_SERVER_PORT}`;
  const headers = { 'next-action': target.id, accept: 'text/x-component', origin };
  let response;
  try {
    response = multipart
      ? await request.post(`${origin}${target.path}`, { headers, multipart, timeout: 20_000 })
      : await request.post(`${origin}${target.path}`, {
          headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' },
          data: JSON.stringify(args),
          timeout: 20_000,
        });
  } catch {
    return { status: 0 };
  }
  const text = await response.text();
  const line = text.split('\n').find((l) => /^\d+:\{"ok":/.test(l) || /^\w+:\{"ok":/.test(l));
  if (!line) return { status: response.status() };
  return JSON.parse(line.slice(line.indexOf(':') + 1)) as Reply;
}

function invoiceForm(number: string, lineId: string): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    supplier: SUPPLIER,
    invoiceNumber: number,
    invoiceDate: '2026-11-20',
    dueDate: '2026-12-20',
    amountExclVat: '800',
    amountInclVat: '1000',
    payeeKind: 'SUPPLIER',
    budgetLineId: lineId,
  };
  for (const [name, value] of Object.entries(fields)) form.append(`_2_${name}`, value);
  form.append(
    '_2_attachment',
    new Blob([new TextEncoder().encode('%PDF-1.4\n%omstart\n')], { type: 'application/pdf' }),
    'faktura.pdf',
  );
  form.append('0', JSON.stringify([SLUG, '$K2']));
  return form;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

test('PostgreSQL restarts during a run of saves: RETRY in Swedish meanwhile, the same server recovers, nothing half-written', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signedIn(page, 'chef@samplan.se');
  const request = context.request;

  const ids = await withDatabase(databaseUrl, async (db) => {
    const plan = await db.query(
      `SELECT p.id FROM "Plan" p JOIN "Association" a ON a.id = p."associationId" WHERE a.slug = $1 AND p.year = 2027 AND p.status = 'DRAFT'`,
      [SLUG],
    );
    const line = async (name: string) =>
      (await db.query(`SELECT id FROM "BudgetLine" WHERE "planId" = $1 AND name = $2`, [plan.rows[0].id, name])).rows[0]
        .id as string;
    const adopted = await db.query(
      `SELECT l.id FROM "BudgetLine" l JOIN "Plan" p ON p.id = l."planId" JOIN "Association" a ON a.id = p."associationId" WHERE a.slug = $1 AND p.year = 2026 AND p.status = 'ADOPTED' AND l.name = $2`,
      [SLUG, STREAM_LINE],
    );
    return { streamLine: await line(STREAM_LINE), invoiceLine: adopted.rows[0].id as string };
  });
  const saveCell = action('saveBudgetCellAction');
  const recordInvoice = action('recordInvoiceAction');

  // The browser's page, open before the outage.
  await page.goto(`/forbund/${SLUG}/budget?ar=2027`);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  const browserCell = page.getByLabel(`${BROWSER_LINE}, Prognos 2028`, { exact: true });
  const browserStart = amountOf(await browserCell.inputValue());

  // Two streams of saves, one after another within each stream, until told to stop.
  let phase: 'before' | 'down' | 'after' = 'before';
  let stopAfterRecovery = false;
  const log: { stream: string; phase: string; outcome: string }[] = [];
  const cellSuccesses: string[] = [];
  const cellOutcomes = new Map<string, string>();
  let cellStartVersion: number | null = null;
  const invoiceOutcomes = new Map<string, string>();

  const cellStream = (async () => {
    let version: number | null =
      (
        await withDatabase(databaseUrl, (db) =>
          db.query(
            `SELECT version FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2028 AND kind = 'PROGNOSIS'`,
            [ids.streamLine],
          ),
        )
      ).rows[0]?.version ?? null;
    cellStartVersion = version;
    for (let i = 1; !stopAfterRecovery && i < 400; i++) {
      const amount = String(10_000 + i);
      const at = phase;
      const reply = await post(request, saveCell, [
        SLUG,
        { lineId: ids.streamLine, year: 2028, kind: 'PROGNOSIS', amount, version },
      ]);
      if ('ok' in reply && reply.ok) {
        version = (reply.data.cell as { version: number }).version;
        cellSuccesses.push(amount);
      } else if ('ok' in reply && reply.code === 'STALE') {
        // A save answered RETRY that had committed after all: carry on from the fresh version.
        version = (reply.fresh as { cell: { version: number } }).cell.version;
      }
      const outcome = 'ok' in reply ? (reply.ok ? 'ok' : reply.code) : `HTTP ${reply.status}`;
      cellOutcomes.set(amount, outcome);
      log.push({ stream: 'cell', phase: at, outcome });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const invoiceStream = (async () => {
    for (let i = 1; !stopAfterRecovery && i < 400; i++) {
      const number = `OMSTART-${i}`;
      const at = phase;
      const reply = await post(request, recordInvoice, [], invoiceForm(number, ids.invoiceLine));
      const outcome = 'ok' in reply ? (reply.ok ? 'ok' : reply.code) : `HTTP ${reply.status}`;
      invoiceOutcomes.set(number, outcome);
      log.push({ stream: 'invoice', phase: at, outcome });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  // Some saves go through first.
  await waitFor(
    async () => cellSuccesses.length >= 3 && [...invoiceOutcomes.values()].filter((o) => o === 'ok').length >= 3,
    30_000,
  );

  // Fast shutdown: PostgreSQL terminates every connection, including transactions in flight.
  await postgres.stop();
  phase = 'down';
  const downAt = Date.now();

  // The browser saves a cell: the Swedish "try again" next to it.
  await browserCell.fill(cellText(browserStart + 500));
  await browserCell.press('Tab');
  await expect(browserCell).toHaveAccessibleDescription('Något gick fel. Försök igen.');

  // A page requested now: the Swedish error page with "Försök igen", no stack trace.
  const pageResponse = await page.goto(`/forbund/${SLUG}`);
  expect(pageResponse?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Något gick fel');
  await expect(page.getByRole('button', { name: 'Försök igen' })).toBeVisible();
  const body = (await page.locator('body').innerText()) + (await pageResponse!.text());
  expect(body).not.toMatch(/\bat \S+ \(|Prisma|ECONNREFUSED|57P0|node_modules/);

  // Signing in now: a Swedish message, not a crash.
  const signInPage = await (await browser.newContext({ baseURL: server.url })).newPage();
  await signIn(signInPage, 'admin@finsamgotland.se');
  await expect(signInPage.getByTestId('sign-in-error')).toHaveText(
    'Inloggningen går inte att nå just nu. Försök igen om en stund.',
  );

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - downAt))));
  const retriesDuringOutage = log.filter((entry) => entry.phase === 'down' && entry.outcome === 'RETRY').length;

  // Start it again on the same data directory and port; the app server is not touched.
  postgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: RESTART_PG_PORT, fast: true });
  const upAt = Date.now();
  phase = 'after';
  const cellsBeforeUp = cellSuccesses.length;
  const recoveryMs = await waitFor(async () => cellSuccesses.length > cellsBeforeUp, 15_000);
  expect(server.process.exitCode).toBeNull();

  // "Försök igen" on the error page shows the page again.
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await expect(page.getByTestId('error-page')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('navigation').first()).toBeVisible();

  // The browser saves again, now successfully.
  await page.goto(`/forbund/${SLUG}/budget?ar=2027`);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  await browserCell.fill(cellText(browserStart + 700));
  await browserCell.press('Tab');
  await expect(page.locator('[data-testid="budget-cell-status"][data-status="saved"]')).toHaveCount(1);

  await waitFor(
    async () => log.filter((entry) => entry.phase === 'after' && entry.outcome === 'ok').length >= 6,
    20_000,
  );
  stopAfterRecovery = true;
  await Promise.all([cellStream, invoiceStream]);

  const outcomes = log.reduce<Record<string, number>>((counts, entry) => {
    const key = `${entry.stream} ${entry.phase} ${entry.outcome}`;
    counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  }, {});
  console.log(
    `database restart: outage ${upAt - downAt} ms, first save ${recoveryMs} ms after PostgreSQL was back; outcomes ${JSON.stringify(outcomes)}`,
  );
  // Refusals only ever say "try again" (or, after an ambiguous commit, "someone changed it").
  expect(
    log.filter((entry) => entry.outcome !== 'ok' && entry.outcome !== 'RETRY' && entry.outcome !== 'STALE'),
  ).toEqual([]);
  expect(retriesDuringOutage).toBeGreaterThan(0);
  expect(recoveryMs).toBeLessThan(10_000);

  await withDatabase(databaseUrl, async (db) => {
    // Budget cell: the audit entries form one unbroken chain (each "before" is the previous "after")
    // whose length is the version's growth, and every successful save is in it.
    const cell = await db.query(
      `SELECT amount::text AS amount, version FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2028 AND kind = 'PROGNOSIS'`,
      [ids.streamLine],
    );
    const audit = await db.query(
      `SELECT data FROM "AuditLog" WHERE action = 'budget.cellSaved' AND "entityId" = $1 AND data->>'year' = '2028' AND data->>'kind' = 'PROGNOSIS' ORDER BY id`,
      [ids.streamLine],
    );
    const entries = audit.rows.map(
      (row) => row.data as { before: { amount: string | null }; after: { amount: string } },
    );
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.before.amount, `audit entry ${i} follows ${i - 1}`).toBe(entries[i - 1]!.after.amount);
    expect(entries.at(-1)!.after.amount).toBe(cell.rows[0].amount.replace(/\.00$/, ''));
    const saved = entries.map((entry) => entry.after.amount);
    for (const amount of cellSuccesses) expect(saved).toContain(amount);
    // A change without a successful reply can only be a save answered RETRY whose commit went through.
    for (const amount of saved.filter((a) => !cellSuccesses.includes(a)))
      expect(cellOutcomes.get(amount), `saved ${amount}`).toBe('RETRY');
    expect(cell.rows[0].version).toBe((cellStartVersion ?? 0) + entries.length);

    // Invoices: each recorded one has its attachment and exactly one audit entry; no audit entry without its invoice;
    // every successful reply is a row, and a row without one is a request that was answered RETRY.
    const invoices = await db.query(
      `SELECT i."invoiceNumber", i.id, (SELECT count(*)::int FROM "Attachment" a WHERE a."invoiceId" = i.id) AS attachments,
              (SELECT count(*)::int FROM "AuditLog" l WHERE l.action = 'invoice.recorded' AND l."entityId" = i.id) AS audits
       FROM "Invoice" i WHERE i.supplier = $1`,
      [SUPPLIER],
    );
    for (const row of invoices.rows)
      expect([row.invoiceNumber, row.attachments, row.audits]).toEqual([row.invoiceNumber, 1, 1]);
    const stored = new Set(invoices.rows.map((row) => row.invoiceNumber as string));
    for (const [number, outcome] of invoiceOutcomes) {
      if (outcome === 'ok') expect(stored.has(number), `${number} answered ok`).toBe(true);
      else if (stored.has(number)) expect(outcome, `${number} stored`).toBe('RETRY');
    }
    const orphanAudits = await db.query(
      `SELECT l."entityId" FROM "AuditLog" l LEFT JOIN "Invoice" i ON i.id = l."entityId" WHERE l.action = 'invoice.recorded' AND l."entityType" = 'Invoice' AND i.id IS NULL`,
    );
    expect(orphanAudits.rows).toEqual([]);
    const orphanAttachments = await db.query(
      `SELECT a.id FROM "Attachment" a LEFT JOIN "Invoice" i ON i.id = a."invoiceId" WHERE a."invoiceId" IS NOT NULL AND i.id IS NULL`,
    );
    expect(orphanAttachments.rows).toEqual([]);

    // The browser's save after the restart, and not the one refused during the outage.
    const browserLine = await db.query(
      `SELECT b.amount::text AS amount FROM "BudgetAmount" b JOIN "BudgetLine" l ON l.id = b."budgetLineId" JOIN "Plan" p ON p.id = l."planId" WHERE l.name = $1 AND p.year = 2027 AND p.status = 'DRAFT' AND b.year = 2028 AND b.kind = 'PROGNOSIS'`,
      [BROWSER_LINE],
    );
    expect(Number(browserLine.rows[0].amount)).toBe(browserStart + 700);
  });
});
