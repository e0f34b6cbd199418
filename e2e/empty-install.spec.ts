import { spawnSync } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import { startSmtpSink, type SmtpSink } from '../tests/support/smtp-sink';
import { freshPage as freshPageOn, ownServerAddress, startOwnServer, type OwnServer } from './shared/own-server';

// Issue 15: a real install from an EMPTY database (SAMPLAN_DEMO=off, ADR 029). `npm run
// admin:create` makes the system administrator and prints a one-time link; they choose a password,
// create an association in /system and invite its director; the director opens the link in the
// mail (a real SMTP server, the test's sink), chooses a password and sees the empty association.
//
// Its own server and database (E2E_PORT + 60, E2E_PG_PORT + 60), as mail-notice.spec.ts. The steps
// run in order and share `state`; the later ones (members and key, next year's budget split by the key,
// the board's people, a 5 + 5 board, a board meeting's quorum) start from what the earlier ones left.
const { origin: ORIGIN } = ownServerAddress(60);
const PASSWORD = 'Korrekt-häst-batteri-9';

const ADMIN = { email: 'admin@example.se', name: 'Sara Systemsson' };
const ASSOCIATION = {
  name: 'Samordningsförbundet Älvdalen',
  slug: 'samordningsforbundet-alvdalen',
  orgNumber: '222000-4711',
};
const DIRECTOR = { email: 'chef@alvdalen.se', name: 'Dana Direktör' };

let server: OwnServer | null = null;
let sink: SmtpSink;
/** What the steps hand on to each other. */
const state: { adminLink?: string; directorLink?: string } = {};

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const freshPage = (browser: Browser) => freshPageOn(browser, ORIGIN);

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
  server = await startOwnServer({
    label: "the empty install's server",
    offset: 60,
    dbName: 'samplan_empty_install',
    dataDir: '.data/empty-install-postgres',
    env: { SAMPLAN_DEMO: 'off', SMTP_URL: sink.url, APP_URL: ORIGIN },
    unset: ['MAIL_WORKER', 'DATABASE_URL'],
  });
});

test.afterAll(async () => {
  await server?.stop();
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
    { env: { ...process.env, DATABASE_URL: server!.databaseUrl, APP_URL: ORIGIN }, encoding: 'utf8', timeout: 120_000 },
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
    { env: { ...process.env, DATABASE_URL: server!.databaseUrl, APP_URL: ORIGIN }, encoding: 'utf8', timeout: 120_000 },
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

// The association as a real one looks: six municipalities with a population key, AF, FK and the
// region (names unlike the demo's), its own floor and cap tiers.
// Next year (2027 when written), so that the terms below stay current whenever the test runs.
const YEAR = new Date().getFullYear() + 1;
const SETTINGS = `/forbund/${ASSOCIATION.slug}/installningar`;
const MUNICIPALITIES: { name: string; population: number }[] = [
  { name: 'Älvby kommun', population: 60_000 },
  { name: 'Forsnäs kommun', population: 25_000 },
  { name: 'Bergsjö kommun', population: 10_000 },
  { name: 'Lillmo kommun', population: 3_000 },
  { name: 'Tjärnå kommun', population: 1_500 },
  { name: 'Ödemarks kommun', population: 500 },
];
const AF = 'Arbetsförmedlingen';
const FK = 'Försäkringskassan';
const REGION = 'Region Älvdalen';
/** Försäkringskassan's amount: the region and the municipalities each pay half of it (¼ + ¼). */
const STATE_AMOUNT = 2_100_000;

type SeatKind = 'Ordinarie ledamot' | 'Ersättare' | 'Adjungerad (utan rösträtt)';
interface BoardPerson {
  name: string;
  email: string;
  /** The invitation's role and the member the person represents. */
  role: 'BOARD_MEMBER' | 'DEPUTY' | 'MEMBER_REPRESENTATIVE';
  member: string;
  seat: SeatKind;
  /** The member(s) the seat belongs to (several: held jointly). */
  seatMembers: string[];
  deputyOrder?: number;
}
const ALL_MUNICIPALITIES = MUNICIPALITIES.map((m) => m.name);
// 5 + 5: one ordinary seat each for AF, FK and the region, two held jointly by the six municipalities,
// each with a deputy (ordered: a new association calls its deputies in order); one co-opted person.
const BOARD: BoardPerson[] = [
  {
    name: 'Anna Arbetsson',
    email: 'anna@af.example.se',
    role: 'BOARD_MEMBER',
    member: AF,
    seat: 'Ordinarie ledamot',
    seatMembers: [AF],
  },
  {
    name: 'Frida Kassadottir',
    email: 'frida@fk.example.se',
    role: 'BOARD_MEMBER',
    member: FK,
    seat: 'Ordinarie ledamot',
    seatMembers: [FK],
  },
  {
    name: 'Rolf Regionsson',
    email: 'rolf@region.example.se',
    role: 'BOARD_MEMBER',
    member: REGION,
    seat: 'Ordinarie ledamot',
    seatMembers: [REGION],
  },
  {
    name: 'Karin Kommunsdotter',
    email: 'karin@alvby.example.se',
    role: 'BOARD_MEMBER',
    member: 'Älvby kommun',
    seat: 'Ordinarie ledamot',
    seatMembers: ALL_MUNICIPALITIES,
  },
  {
    name: 'Måns Forsberg',
    email: 'mans@forsnas.example.se',
    role: 'BOARD_MEMBER',
    member: 'Forsnäs kommun',
    seat: 'Ordinarie ledamot',
    seatMembers: ALL_MUNICIPALITIES,
  },
  {
    name: 'Arvid Ersättarsson',
    email: 'arvid@af.example.se',
    role: 'DEPUTY',
    member: AF,
    seat: 'Ersättare',
    seatMembers: [AF],
    deputyOrder: 1,
  },
  {
    name: 'Fatima Falk',
    email: 'fatima@fk.example.se',
    role: 'DEPUTY',
    member: FK,
    seat: 'Ersättare',
    seatMembers: [FK],
    deputyOrder: 2,
  },
  {
    name: 'Rut Reserv',
    email: 'rut@region.example.se',
    role: 'DEPUTY',
    member: REGION,
    seat: 'Ersättare',
    seatMembers: [REGION],
    deputyOrder: 3,
  },
  {
    name: 'Berit Bergsjö',
    email: 'berit@bergsjo.example.se',
    role: 'DEPUTY',
    member: 'Bergsjö kommun',
    seat: 'Ersättare',
    seatMembers: ALL_MUNICIPALITIES,
    deputyOrder: 4,
  },
  {
    name: 'Lars Lillmo',
    email: 'lars@lillmo.example.se',
    role: 'DEPUTY',
    member: 'Lillmo kommun',
    seat: 'Ersättare',
    seatMembers: ALL_MUNICIPALITIES,
    deputyOrder: 5,
  },
  {
    name: 'Tova Tjärnå',
    email: 'tova@tjarna.example.se',
    role: 'MEMBER_REPRESENTATIVE',
    member: 'Tjärnå kommun',
    seat: 'Adjungerad (utan rösträtt)',
    seatMembers: [],
  },
];
const byName = (name: string) => BOARD.find((p) => p.name === name)!;

/** sv-SE kronor as the budget grid writes them: "630 000" with a (no-break) space. */
const kronorSource = (amount: number) => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '\\s');
const kronorPattern = (amount: number) => new RegExp(`^${kronorSource(amount)}$`);

async function signedInDirector(browser: Browser): Promise<Page> {
  const page = await freshPage(browser);
  await signIn(page, DIRECTOR.email);
  await expect(page).toHaveURL(new RegExp(`/forbund/${ASSOCIATION.slug}`), { timeout: 30_000 });
  return page;
}

/** The newest invitation link mailed to `email`. */
async function invitationLinkFor(email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = [...sink.messages].reverse().find((m) => JSON.stringify(m.to).includes(email));
        link = mail ? (mail.text ?? '').match(/https?:\/\/\S+\/inbjudan\/\S+/)?.[0] : undefined;
        return Boolean(link);
      },
      { message: `an invitation mail to ${email}`, timeout: 90_000 },
    )
    .toBe(true);
  return link!;
}

test('the director sets up 9 members, the funding model, floor and cap tiers and the municipalities’ population key', async ({
  browser,
}) => {
  const page = await signedInDirector(browser);
  await page.goto(`${SETTINGS}/medlemmar?ar=${YEAR}`);
  // An empty association: no members yet, only the form.
  await expect(page.getByTestId('members-table')).toHaveCount(0);
  await expect(page.getByTestId('member-add-form')).toBeVisible();
  const members: { kind: string; name: string }[] = [
    ...MUNICIPALITIES.map((m) => ({ kind: 'MUNICIPALITY', name: m.name })),
    { kind: 'AF', name: AF },
    { kind: 'FK', name: FK },
    { kind: 'REGION', name: REGION },
  ];
  const form = page.getByTestId('member-add-form');
  for (const member of members) {
    await form.getByTestId('member-add-kind').selectOption(member.kind);
    await form.getByTestId('member-add-name').fill(member.name);
    await form.getByTestId('member-add').click();
    await expect(page.getByTestId('members-table')).toContainText(member.name, { timeout: 20_000 });
    await expect(form.getByTestId('member-add-name')).toHaveValue('');
  }
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(9);

  // The rules from next year: ¼ region + ¼ municipalities, the municipalities by population, floor and two cap tiers.
  await page.goto(`${SETTINGS}/regler?ar=${YEAR}`);
  await expect(page.getByTestId('rules-source')).toBeVisible();
  await page.getByTestId('rules-funding').selectOption('QUARTER');
  await page.getByTestId('rules-split-key').selectOption('POPULATION');
  await page.getByTestId('rules-equity-floor').fill('400 000');
  await page.getByTestId('rules-tier-0-upto').fill('6 000 000');
  await page.getByTestId('rules-tier-0-percent').fill('20');
  await page.getByTestId('rules-add-tier').click();
  await page.getByTestId('rules-tier-1-percent').fill('15');
  await page.getByRole('button', { name: 'Spara regler' }).click();
  await expect(page.getByText('Reglerna sparade.')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId('rules-source')).toContainText(`gäller från ${YEAR}`);
  await expect(page.getByTestId('rules-split-key')).toHaveValue('POPULATION');
  await expect(page.getByTestId('rules-equity-floor')).toHaveValue(/^400\s000\skr$/);
  await expect(page.getByTestId('rules-tier-0-upto')).toHaveValue(/^6\s000\s000\skr$/);
  await expect(page.getByTestId('rules-tier-1-percent')).toHaveValue('15');
  await expect(page.getByTestId('rules-tier-1-upto')).toHaveValue('');

  // The key for next year: one population per municipality (AF, FK and the region have none).
  await page.goto(`${SETTINGS}/medlemmar?ar=${YEAR}`);
  const key = page.getByTestId('key-form');
  await expect(key.locator('input')).toHaveCount(MUNICIPALITIES.length);
  for (const m of MUNICIPALITIES) await key.getByTestId(`key-population-${m.name}`).fill(String(m.population));
  await page.getByRole('button', { name: `Spara nyckeln för ${YEAR}` }).click();
  await expect(page.getByText('Nyckeln sparad.')).toBeVisible({ timeout: 20_000 });
  await page.reload();
  for (const m of MUNICIPALITIES)
    await expect(page.getByTestId(`key-population-${m.name}`)).toHaveValue(String(m.population));
  await page.context().close();
});

test('a plan for next year: the municipalities’ quarter splits over the six by the population key, to the krona', async ({
  browser,
}) => {
  const page = await signedInDirector(browser);
  await page.goto(`/forbund/${ASSOCIATION.slug}/plan`);
  await page.getByTestId('create-plan-year').fill(String(YEAR));
  await page.getByTestId('create-plan-submit').click();
  await expect(page).toHaveURL(new RegExp(`/plan\\?ar=${YEAR}`), { timeout: 20_000 });

  // The budget comes in as associations bring theirs: a file; here only Försäkringskassan's amount.
  await page.goto(`/forbund/${ASSOCIATION.slug}/budget/import?ar=${YEAR}`);
  const importForm = page.getByTestId('budget-import-form');
  await importForm.locator('input[type=file]').setInputFiles({
    name: `budget-${YEAR}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`Typ;Rad;Budget ${YEAR}\nIntäkt;${FK};2 100 000 kr\n`, 'utf8'),
  });
  await importForm.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByTestId('budget-import-preview')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('budget-import-confirm').click();
  await expect(page.getByTestId('budget-import-done')).toBeVisible({ timeout: 20_000 });

  await page.goto(`/forbund/${ASSOCIATION.slug}/budget?ar=${YEAR}`);
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('budget-fill-from-state').click();
  // ½ state (FK's 2 100 000), ¼ region = 1 050 000, ¼ municipalities = 1 050 000 by population (100 000 people).
  const cell = (name: string) => page.getByLabel(`${name}, Budget ${YEAR}`, { exact: true });
  await expect(cell(REGION)).toHaveValue(kronorPattern(1_050_000), { timeout: 20_000 });
  const expected: [string, number][] = [
    ['Älvby kommun', 630_000],
    ['Forsnäs kommun', 262_500],
    ['Bergsjö kommun', 105_000],
    ['Lillmo kommun', 31_500],
    ['Tjärnå kommun', 15_750],
    ['Ödemarks kommun', 5_250],
  ];
  for (const [name, amount] of expected) await expect(cell(name)).toHaveValue(kronorPattern(amount));
  expect(expected.reduce((sum, [, amount]) => sum + amount, 0)).toBe(STATE_AMOUNT / 2);

  // The rules panel's funding split: every member's amount holds against the key after a reload.
  await page.reload();
  await expect(page.getByTestId('budget-editor')).toHaveAttribute('data-hydrated', 'true');
  for (const [name, amount] of expected) {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    const funding = row.getByTestId(`rules-funding-MUNICIPALITY-${YEAR}`);
    // The amount, and (for screen readers) that it holds against the key.
    await expect(funding).toHaveText(new RegExp(`^${kronorSource(amount)}, stämmer$`));
    await expect(cell(name)).toHaveValue(kronorPattern(amount));
  }
  await expect(page.getByTestId(`rules-equity-floor-${YEAR}`)).toHaveText(/^400\s000/);
  await page.context().close();
});

test('the director invites the board’s eleven people; each accepts from the mail and chooses a password; a board member sees the association', async ({
  browser,
}) => {
  const page = await signedInDirector(browser);
  await page.goto(`${SETTINGS}/personer`);
  for (const person of BOARD) {
    await page.getByTestId('invite-email').fill(person.email);
    await page.getByTestId('invite-name').fill(person.name);
    await page.getByTestId('invite-role-0').selectOption(person.role);
    await page.getByTestId('invite-member-0').selectOption({ label: person.member });
    await page.getByTestId('invite-submit').click();
    await expect(page.getByTestId('invite-done')).toContainText(person.email, { timeout: 20_000 });
  }
  await expect(page.getByTestId('pending-invitation')).toHaveCount(BOARD.length);
  await page.context().close();

  // The seat form offers the association's people: they join by accepting (a role term of their own).
  for (const [index, person] of BOARD.entries()) {
    const link = await invitationLinkFor(person.email);
    const invitee = await freshPage(browser);
    await invitee.goto(link);
    if (index === 0) {
      await expect(invitee.getByTestId('invitation')).toContainText(ASSOCIATION.name);
      await expect(invitee.getByTestId('invitation-roles')).toContainText('Ledamot');
    }
    await choosePassword(invitee, person.email, 'accept-invitation', new RegExp(`/forbund/${ASSOCIATION.slug}`));
    if (index === 0) {
      await expect(invitee.getByTestId('association-name')).toHaveText(new RegExp(ASSOCIATION.name));
      await expect(invitee.getByTestId('person-name')).toHaveText(person.name);
      // A board member reads the plan and the budget but holds no settings right over people.
      expect((await invitee.goto(`${SETTINGS}/personer`))?.status()).toBe(403);
    }
    await invitee.context().close();
  }
});

test('the director sets up a 5 + 5 board: AF, FK, the region one seat each, two seats held jointly by the six municipalities, deputies in order, one co-opted', async ({
  browser,
}) => {
  const page = await signedInDirector(browser);
  await page.goto(`${SETTINGS}/styrelse`);
  const form = page.getByTestId('add-seat-form');
  await expect(form.getByText('Ersättarna kallas in i turordning')).toBeVisible();
  for (const person of BOARD) {
    await form.getByTestId('seat-kind').selectOption({ label: person.seat });
    await form.getByTestId('seat-joint').setChecked(person.seatMembers.length > 1);
    const members = form.getByTestId('seat-members');
    for (const name of person.seatMembers) await members.getByLabel(name, { exact: true }).check();
    await form.getByTestId('seat-person').selectOption({ label: person.name });
    await form.getByTestId('seat-from').fill(`${YEAR}-01-01`);
    await form.getByTestId('seat-to').fill(`${YEAR + 3}-12-31`);
    if (person.deputyOrder) await form.getByTestId('seat-deputy-order').fill(String(person.deputyOrder));
    await form.getByTestId('add-seat-submit').click();
    await expect(form.getByTestId('seat-added')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('board-seat').filter({ hasText: person.name })).toHaveCount(1);
  }
  const seats = page.getByTestId('board-seat');
  await expect(seats).toHaveCount(11);
  await expect(seats.filter({ hasText: 'Ordinarie ledamot' })).toHaveCount(5);
  await expect(seats.filter({ hasText: /Ersättare nr \d/ })).toHaveCount(5);
  const jointly = `${ALL_MUNICIPALITIES.join(', ')} (gemensamt)`;
  await expect(seats.filter({ hasText: 'Ordinarie ledamot' }).filter({ hasText: jointly })).toHaveCount(2);
  await expect(seats.filter({ hasText: 'Ersättare' }).filter({ hasText: jointly })).toHaveCount(2);
  await expect(seats.filter({ hasText: 'Adjungerad (utan rösträtt)' })).toContainText(byName('Tova Tjärnå').name);
  await page.context().close();

  // The board member who accepted first reads the board, without the forms.
  const member = await freshPage(browser);
  await signIn(member, BOARD[0]!.email);
  await expect(member).toHaveURL(new RegExp(`/forbund/${ASSOCIATION.slug}`), { timeout: 30_000 });
  await member.goto(`${SETTINGS}/styrelse`);
  await expect(member.getByTestId('board-seat')).toHaveCount(11);
  await expect(member.getByTestId('add-seat-form')).toHaveCount(0);
  await member.context().close();
});

test('a board meeting next year: quorum counts the 5 ordinary seats; the co-opted person is called but has no vote', async ({
  browser,
}) => {
  const page = await signedInDirector(browser);
  await page.goto(`/forbund/${ASSOCIATION.slug}/sammantraden/ny`);
  const form = page.getByTestId('meeting-form');
  await form.getByLabel('Organ').selectOption('BOARD');
  await form.getByLabel('Rubrik').fill('Styrelsemöte');
  await form.getByLabel('Datum och tid').fill(`${YEAR}-03-15T18:00`);
  await form.getByLabel('Plats eller länk').fill('Älvby');
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  await expect(page).toHaveURL(/\/sammantraden\/(?!ny$)[^/]+$/, { timeout: 20_000 });

  const attendance = page.getByTestId('attendance');
  // Everyone seated on the day is called: 5 ordinary, 5 deputies, the co-opted person.
  await expect(attendance.getByTestId('attendance-row')).toHaveCount(11);
  await expect(attendance.getByTestId('attendance-row').filter({ hasText: 'Tova Tjärnå' })).toContainText('Adjungerad');
  const quorum = page.getByTestId('quorum');
  await expect(quorum).toContainText('0 av 5 ordinarie platser besatta, 3 krävs.');

  const present = (name: string) => attendance.getByLabel(`Närvarande: ${name}`, { exact: true }).check();
  // Two ordinary members and the co-opted person: the co-opted one does not count, no quorum.
  await present('Anna Arbetsson');
  await present('Frida Kassadottir');
  await present('Tova Tjärnå');
  await expect(quorum).toContainText('2 av 5 ordinarie platser besatta, 3 krävs.');
  await expect(page.getByTestId('quorum-verdict')).toHaveText('Inte beslutsför');
  // A deputy serving for a municipalities' seat holder who is absent counts for that seat.
  await present('Arvid Ersättarsson');
  await attendance
    .getByLabel('Tjänstgör för: Arvid Ersättarsson', { exact: true })
    .selectOption({ label: 'Karin Kommunsdotter' });
  await expect(quorum).toContainText('3 av 5 ordinarie platser besatta, 3 krävs.');
  await expect(page.getByTestId('quorum-verdict')).toHaveText('Beslutsför');
  await attendance.getByRole('button', { name: 'Spara närvaron' }).click();

  // Saved: the minutes judge the stored attendance the same way.
  await expect(async () => {
    await page.goto(`${page.url().replace(/\/protokoll$/, '')}/protokoll`);
    await expect(page.getByTestId('minutes-quorum')).toContainText('Beslutfört: 3 av 5', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await page.context().close();
});
