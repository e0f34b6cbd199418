import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import { startSmtpSink, type SmtpSink } from '../tests/support/smtp-sink';

// Issue 15: a real install from an EMPTY database (SAMPLAN_DEMO=off, ADR 029). `npm run
// admin:create` makes the system administrator and prints a one-time link; they choose a password,
// create an association in /system and invite its director; the director opens the link in the
// mail (a real SMTP server, the test's sink), chooses a password and sees the empty association.
//
// Its own server and database (E2E_PORT + 60, E2E_PG_PORT + 60), as mail-notice.spec.ts. The steps
// run in order and share `state`: a later step (members, board seats, inviting a board member) is a
// further `test(...)` at the end that starts from what the earlier ones left.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54331) + 60;
const DB_NAME = 'samplan_empty_install';
const ORIGIN = `http://localhost:${PORT}`;
const DATABASE_URL = `postgresql://samplan:samplan@127.0.0.1:${PG_PORT}/${DB_NAME}`;
const PASSWORD = 'Korrekt-häst-batteri-9';

const ADMIN = { email: 'admin@example.se', name: 'Sara Systemsson' };
const ASSOCIATION = {
  name: 'Samordningsförbundet Älvdalen',
  slug: 'samordningsforbundet-alvdalen',
  orgNumber: '222000-4711',
};
const DIRECTOR = { email: 'chef@alvdalen.se', name: 'Dana Direktör' };

let server: ChildProcess | null = null;
let sink: SmtpSink;
/** What the steps hand on to each other. */
const state: { adminLink?: string; directorLink?: string } = {};

test.describe.configure({ mode: 'serial', timeout: 300_000 });

async function waitForServer(deadline: number) {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`the empty install's server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/logga-in`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the empty install's server on ${ORIGIN} did not answer in time`);
}

/** Stops the server's whole process group (tsx, Next.js, PostgreSQL) and waits until it is gone. */
async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child?.pid) return;
  const group = -child.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(group, 'SIGTERM');
  for (let waited = 0; alive() && waited < 30_000; waited += 250)
    await new Promise((resolve) => setTimeout(resolve, 250));
  if (alive()) process.kill(group, 'SIGKILL');
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: ORIGIN });
  return context.newPage();
}

async function signIn(page: Page, email: string) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Chooses the password on a one-time page (/losenord/… or /inbjudan/…), then signs in if the page did not. */
async function choosePassword(page: Page, email: string, submitTestId: string, expectAfter: RegExp) {
  await page.getByTestId('new-password').fill(PASSWORD);
  await page.getByTestId('new-password-again').fill(PASSWORD);
  await page.getByTestId(submitTestId).click();
  await expect(page.getByTestId('new-password')).toHaveCount(0, { timeout: 30_000 });
  if (/\/(losenord|inbjudan|logga-in)/.test(new URL(page.url()).pathname)) await signIn(page, email);
  await expect(page).toHaveURL(expectAfter, { timeout: 30_000 });
}

/** The first link to `path` in a caught mail's text. */
function linkIn(mail: ParsedMail, path: string): string {
  const link = (mail.text ?? '').match(new RegExp(`https?://\\S+${path}\\S+`))?.[0];
  expect(link, `a ${path} link in “${mail.subject}”`).toBeTruthy();
  return link!;
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  sink = await startSmtpSink();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    E2E_PG_PORT: String(PG_PORT),
    E2E_DATA_DIR: '.data/empty-install-postgres',
    E2E_DB_NAME: DB_NAME,
    SAMPLAN_DEMO: 'off',
    SMTP_URL: sink.url,
    APP_URL: ORIGIN,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const name of ['E2E_DATABASE_URL', 'NEXTAUTH_URL', 'MAIL_WORKER', 'DATABASE_URL']) delete env[name];
  const busy = await fetch(`${ORIGIN}/logga-in`).then(
    () => true,
    () => false,
  );
  expect(busy, `port ${PORT} is free for the empty install's own server`).toBe(false);
  server = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'src/cli/e2e-server.ts'],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  server.stdout!.on('data', keep);
  server.stderr!.on('data', keep);
  await waitForServer(Date.now() + 240_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${log}`);
  });
});

test.afterAll(async () => {
  await stopServer();
  await sink?.stop();
});

test('the empty install has no association and no demo login; the sign-in page works', async ({ browser }) => {
  const page = await freshPage(browser);
  await page.goto('/');
  await expect(page).toHaveURL(/\/logga-in/);
  await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
  // No demo data: the demo inbox does not exist on a real install with SMTP.
  expect((await fetch(`${ORIGIN}/inkorg`)).status).toBe(404);
  expect((await fetch(`${ORIGIN}/forbund/finsamgotland`, { redirect: 'manual' })).status).not.toBe(200);
  await page.context().close();
});

test('npm run admin:create prints a one-time link; the system administrator chooses a password and lands in /system', async ({
  browser,
}) => {
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      '--conditions=react-server',
      'src/cli/admin-create.ts',
      '--email',
      ADMIN.email,
      '--name',
      ADMIN.name,
    ],
    { env: { ...process.env, DATABASE_URL, APP_URL: ORIGIN }, encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  state.adminLink = run.stdout.match(/https?:\/\/\S+\/losenord\/\S+/)?.[0];
  expect(state.adminLink, run.stdout).toBeTruthy();
  // A second run is refused: the install has its administrator.
  const again = spawnSync(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      '--conditions=react-server',
      'src/cli/admin-create.ts',
      '--email',
      'b@example.se',
      '--name',
      'B',
    ],
    { env: { ...process.env, DATABASE_URL, APP_URL: ORIGIN }, encoding: 'utf8', timeout: 120_000 },
  );
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('Det finns redan en systemadministratör');

  const page = await freshPage(browser);
  await page.goto(state.adminLink!);
  await choosePassword(page, ADMIN.email, 'save-password', /\/system$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Systemadministration' })).toBeVisible();
  await expect(page.getByTestId('no-associations')).toBeVisible();
  await page.context().close();
});

test('the system administrator creates the association and invites its director; the mail carries the link', async ({
  browser,
}) => {
  const page = await freshPage(browser);
  await signIn(page, ADMIN.email);
  await expect(page).toHaveURL(/\/system$/, { timeout: 30_000 });

  const form = page.getByTestId('create-association');
  await form.getByTestId('association-name-input').fill(ASSOCIATION.name);
  await expect(form.getByTestId('association-slug-input')).toHaveValue(ASSOCIATION.slug);
  await form.getByTestId('association-org-number-input').fill('12345');
  await form.getByTestId('create-association-submit').click();
  await expect(form.getByTestId('field-error')).toHaveText('Ange organisationsnumret som NNNNNN-NNNN.');
  await form.getByTestId('association-org-number-input').fill(ASSOCIATION.orgNumber);
  await form.getByTestId('create-association-submit').click();
  await expect(form.getByTestId('association-created')).toBeVisible({ timeout: 20_000 });

  const row = page.getByTestId('system-association').filter({ hasText: ASSOCIATION.name });
  await expect(row).toContainText(ASSOCIATION.orgNumber);
  await expect(row).toContainText('Inte inbjuden');
  // The same slug again is refused next to the field.
  await form.getByTestId('association-name-input').fill(ASSOCIATION.name);
  await form.getByTestId('create-association-submit').click();
  await expect(form.getByTestId('field-error')).toHaveText('Adressen används redan av ett annat förbund.');

  await row.getByText('Bjud in förbundschef').click();
  const invite = page.getByTestId(`invite-director-${ASSOCIATION.slug}`);
  await invite.getByTestId('director-name').fill(DIRECTOR.name);
  await invite.getByTestId('director-email').fill(DIRECTOR.email);
  await invite.getByTestId('invite-director-submit').click();
  await expect(page.getByTestId(`director-status-${ASSOCIATION.slug}`)).toContainText(`Inbjuden ${DIRECTOR.email}`, {
    timeout: 20_000,
  });

  // The system administrator holds no role in it: its pages answer 404.
  const response = await page.goto(`/forbund/${ASSOCIATION.slug}`);
  expect(response?.status()).toBe(404);
  await page.context().close();

  const mails = await sink.waitFor(1, 60_000);
  const mail = mails.find((m) => JSON.stringify(m.to).includes(DIRECTOR.email));
  expect(mail, 'the invitation mail reached the SMTP server').toBeTruthy();
  state.directorLink = linkIn(mail!, '/inbjudan/');
});

test('the director accepts the invitation, chooses a password and sees the empty association with "Skapa plan"', async ({
  browser,
}) => {
  const page = await freshPage(browser);
  await page.goto(state.directorLink!);
  await choosePassword(page, DIRECTOR.email, 'accept-invitation', new RegExp(`/forbund/${ASSOCIATION.slug}`));
  await expect(page.getByTestId('association-name')).toHaveText(new RegExp(ASSOCIATION.name));
  await page.goto(`/forbund/${ASSOCIATION.slug}/plan`);
  await expect(page.getByText('Det finns ingen plan än.')).toBeVisible();
  await expect(page.getByTestId('create-plan')).toBeVisible();
  // A plan for a past year, to bring in the history; the same year again is refused next to the field.
  await page.getByTestId('create-plan-year').fill('2019');
  await page.getByTestId('create-plan-submit').click();
  await expect(page).toHaveURL(/\/plan\?ar=2019/, { timeout: 20_000 });
  await expect(page.getByTestId('plan-status')).toHaveText('Utkast');
  await page.getByText('Skapa plan för ett annat år').click();
  await page.getByTestId('create-plan-year').fill('2019');
  await page.getByTestId('create-plan-submit').click();
  await expect(page.getByTestId('field-error')).toHaveText('Det finns redan en plan för 2019.');
  // The draft nothing refers to can be deleted again.
  await page.getByTestId('delete-plan-button').click();
  await page.getByTestId('delete-plan-confirm').click();
  await expect(page.getByTestId('create-plan')).toBeVisible({ timeout: 20_000 });
  await page.context().close();
});
