import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';
import {
  expectAccessible,
  freshPage as freshPageOn,
  ownServerAddress,
  startOwnServer,
  type OwnServer,
} from './shared/own-server';

// Issue 14: the director sends the notice to Sjöbygden's upcoming board meeting; every board member
// and deputy gets exactly one mail, read from the demo inbox (/inkorg) of a server without SMTP_URL
// and with the demo data, so its in-process SMTP server catches what its worker sends
// (src/instrumentation.ts → start-mail.ts: proof that `next start` runs the worker). One of them
// opens the link in the mail and, after signing in, lands on the meeting.
//
// Its own server and database (E2E_PORT + 50, E2E_PG_PORT + 50), like the authorization sweep:
// governance-road takes the shared database's upcoming Sjöbygden meeting through to locked minutes,
// and this spec's notice must not change what later specs find there.
const DB_NAME = 'samplan_mail_notice';
const { origin: ORIGIN } = ownServerAddress(50);

let server: OwnServer;

test.describe.configure({ mode: 'serial', timeout: 300_000 });

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function signInAt(page: Page, email: string) {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

const freshPage = (browser: Browser) => freshPageOn(browser, ORIGIN);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // The demo's mail mode: no SMTP server configured, so the inbox catches everything.
  server = await startOwnServer({
    label: "the mail spec's server",
    offset: 50,
    dbName: DB_NAME,
    dataDir: '.data/mail-notice-postgres',
    unset: ['APP_URL', 'SMTP_URL', 'MAIL_WORKER'],
  });
  expect(server.log(), 'the server says where its caught mail is').toContain('demoinkorgen');
});

test.afterAll(async () => {
  await server?.stop();
});

test('the notice reaches every board member and deputy once; the link in it opens the meeting after sign-in', async ({
  browser,
}) => {
  const [meeting] = await query<{ id: string; startsAt: Date }>(
    `SELECT m.id, m."startsAt" FROM "Meeting" m JOIN "Association" a ON a.id = m."associationId"
     WHERE a.slug = 'sjobygden' AND m.body = 'BOARD' AND m.status = 'PLANNED' ORDER BY m."startsAt" LIMIT 1`,
  );
  expect(meeting, 'Sjöbygden has an upcoming board meeting').toBeTruthy();
  const seats = await query<{ email: string; kind: string }>(
    `SELECT p.email, s.kind FROM "BoardSeat" s JOIN "Person" p ON p.id = s."personId"
     JOIN "Association" a ON a.id = s."associationId"
     WHERE a.slug = 'sjobygden' AND s."periodStart" <= $1 AND (s."periodEnd" IS NULL OR s."periodEnd" >= $1)`,
    [meeting!.startsAt],
  );
  const called = [...new Set(seats.map((s) => s.email))].sort();
  expect(seats.filter((s) => s.kind === 'ORDINARY').length).toBeGreaterThan(0);
  expect(seats.filter((s) => s.kind === 'DEPUTY').length).toBeGreaterThan(0);

  // The inbox is open without sign-in (demo only) and empty before the notice.
  const reader = await freshPage(browser);
  await reader.goto('/inkorg');
  await expect(reader.getByRole('heading', { level: 1, name: 'Demoinkorg' })).toBeVisible();
  await expect(reader.getByTestId('inbox-row').filter({ hasText: 'Kallelse' })).toHaveCount(0);

  const director = await freshPage(browser);
  await director.goto('/logga-in');
  await signInAt(director, 'chef@samplan.se');
  await expect(director).toHaveURL(/\/forbund/, { timeout: 30_000 });
  const meetingPath = `/forbund/sjobygden/sammantraden/${meeting!.id}`;
  await director.goto(meetingPath);
  await director.getByRole('button', { name: 'Skicka kallelse', exact: true }).click();
  await expect(director.getByRole('button', { name: 'Skicka kallelsen igen' })).toBeVisible({ timeout: 20_000 });

  // The office's outbox: one row per recipient, all sent once the worker is through.
  await director.goto('/forbund/sjobygden/installningar/e-post');
  await expect(director.getByRole('heading', { level: 1, name: 'E-post' })).toBeVisible();
  await expect(async () => {
    await director.reload();
    await expect(director.getByTestId('outbox-count-SENT').locator('dd')).toHaveText(String(called.length), {
      timeout: 1_000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(director.getByTestId('outbox-row')).toHaveCount(called.length);
  await expect(director.getByTestId('outbox-row').filter({ hasText: 'Kallelse' }).first()).toContainText('Skickad');
  await expect(director.getByTestId('mail-off')).toHaveCount(0);
  await expectAccessible(director);
  await director.context().close();

  // The worker sends through the in-process SMTP server; the inbox shows what arrived.
  const notices = reader.getByTestId('inbox-row').filter({ hasText: 'Kallelse' });
  await expect(async () => {
    await reader.reload();
    await expect(notices).toHaveCount(called.length, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  // No second copy comes later (a retry or a second worker would add one).
  await reader.waitForTimeout(3_000);
  await reader.reload();
  await expect(notices).toHaveCount(called.length);
  // Columns: received, to (cells), subject (the row's header).
  const recipients = await Promise.all(
    (await notices.all()).map(async (row) => (await row.locator('td').nth(1).textContent())!.trim()),
  );
  expect(recipients.sort()).toEqual(called);
  await expectAccessible(reader);

  // Ali Karimi (a board member with a demo login) opens his notice: the text, the raw message, the link.
  await notices.filter({ hasText: 'ledamot@sjobygden.se' }).getByRole('link').click();
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Kallelse');
  await expect(reader.getByTestId('mail-to')).toHaveText('ledamot@sjobygden.se');
  const text = (await reader.getByTestId('mail-text').textContent())!;
  expect(text).toContain('Hej Ali Karimi');
  await expectAccessible(reader);
  const link = text.match(/https?:\/\/\S+\/sammantraden\/\S+/)?.[0];
  expect(link, 'the mail links straight to the meeting').toBe(`${ORIGIN}${meetingPath}`);
  const eml = await reader.request.get(
    (await reader.getByRole('link', { name: 'Hela meddelandet (.eml)' }).getAttribute('href'))!,
  );
  expect(eml.status()).toBe(200);
  expect(eml.headers()['content-disposition']).toMatch(/^attachment;/);
  const raw = await eml.text();
  expect(raw).toMatch(/^Message-ID: <\S+@samplan>/im);
  expect(raw).toContain('text/html');
  // The calendar part, once the notice carries it: downloaded, never shown in the app's origin.
  for (const ics of await reader.getByRole('link', { name: /\.ics/ }).all()) {
    const calendar = await reader.request.get((await ics.getAttribute('href'))!);
    expect(calendar.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(await calendar.text()).toContain('BEGIN:VCALENDAR');
  }

  const member = await freshPage(browser);
  await member.goto(link!);
  await expect(member).toHaveURL(/\/logga-in\?till=/);
  await signInAt(member, 'ledamot@sjobygden.se');
  await expect(member).toHaveURL(`${ORIGIN}${meetingPath}`, { timeout: 30_000 });
  await expect(member.getByRole('heading', { level: 1 })).toContainText('Styrelsemöte');
  await member.context().close();
  await reader.context().close();
});

test('a real install (no demo data, no SMTP_URL) has no inbox, and its settings pages say mail is off', async ({
  browser,
}) => {
  // The same server with its install's demo flag cleared: the pages decide the mail mode per request
  // (decideMailMode), so this is what an install without the demo data serves.
  const [mail] = await query<{ id: string }>(`SELECT id FROM "CaughtMail" ORDER BY "receivedAt" DESC LIMIT 1`);
  expect(mail, 'the first test caught mail').toBeTruthy();
  await query(`UPDATE "Installation" SET "demoData" = false WHERE id = 1`);
  try {
    for (const path of [
      '/inkorg',
      `/inkorg/${mail!.id}`,
      `/inkorg/${mail!.id}/meddelande.eml`,
      `/inkorg/${mail!.id}/bilagor/0`,
    ])
      expect((await fetch(`${ORIGIN}${path}`)).status, path).toBe(404);

    const director = await freshPage(browser);
    await director.goto('/logga-in');
    await signInAt(director, 'chef@samplan.se');
    await expect(director).toHaveURL(/\/forbund/, { timeout: 30_000 });
    for (const path of ['/forbund/sjobygden/installningar/attest', '/forbund/sjobygden/installningar/e-post']) {
      await director.goto(path);
      await expect(director.getByTestId('mail-off')).toContainText('E-post är avstängd');
      await expect(director.getByTestId('mail-off')).toContainText('SMTP_URL');
    }
    // The outbox still shows what was sent and what waits.
    await expect(director.getByTestId('outbox-row').first()).toBeVisible();
    await expect(director.getByRole('link', { name: 'Öppna demoinkorgen' })).toHaveCount(0);
    await director.context().close();
  } finally {
    await query(`UPDATE "Installation" SET "demoData" = true WHERE id = 1`);
  }
});
