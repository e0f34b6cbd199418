import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';
import { signIn } from './support';

// Issue 16, minutes (ADR 033), on FinsamGotland: marking the minutes ready before the meeting day is
// refused; a meeting held today is written, marked ready, approved by one adjuster (password
// confirmed), edited (the approval is void), approved again by both and locked; the PDF names the
// chair and the secretary and signs off with each adjuster's time and the content hash. An
// adjuster recorded as absent is refused. Serial: the tests follow one meeting.
test.describe.configure({ mode: 'serial', timeout: 150_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const BASE = '/forbund/finsamgotland';
const OFFICE = 'admin@finsamgotland.se'; // Maja Ekström, administratör: writes the minutes
const VICE = 'vice@finsamgotland.se'; // Karin Bergqvist
const DEPUTY = 'ersattare@finsamgotland.se'; // Sofia Nyberg, serves for Omar Haddad
const ABSENT = 'ledamot@finsamgotland.se'; // Omar Haddad

/** Today in Swedish time, `2026-12-02`. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

async function as(browser: Browser, email: string, pathName: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto(pathName);
  return page;
}

/** Creates a board meeting today at 00:05 (so it is held, whatever the hour) and records attendance. */
async function heldMeetingToday(page: Page, title: string, present: string[], serving: [string, string] | null) {
  await page.goto(`${BASE}/sammantraden/ny`);
  const form = page.getByTestId('meeting-form');
  await form.getByLabel('Organ').selectOption('BOARD');
  await form.getByLabel('Rubrik').fill(title);
  await form.getByLabel('Datum och tid').fill(`${today}T00:05`);
  await form.getByLabel('Plats eller länk').fill('Visby');
  await form.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  await expect(page.getByTestId('agenda')).toBeVisible({ timeout: 30_000 });
  const meetingPath = new URL(page.url()).pathname;
  const attendance = page.getByTestId('attendance');
  for (const name of present) await attendance.getByLabel(`Närvarande: ${name}`).check();
  if (serving) await attendance.getByLabel(`Tjänstgör för: ${serving[0]}`).selectOption({ label: serving[1] });
  await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('attendance').getByLabel(`Närvarande: ${present[0]}`)).toBeChecked({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  return meetingPath;
}

async function addParagraphFromAgenda(page: Page, title: string, discussion: string) {
  const form = page.getByTestId('add-paragraph-form');
  const select = form.getByLabel('Från dagordningen');
  const value = await select.locator('option', { hasText: title }).getAttribute('value');
  await select.selectOption(value!);
  await form.getByLabel('Ärendets behandling').fill(discussion);
  await form.getByRole('button', { name: 'Lägg till paragraf' }).click();
  await expect(page.getByTestId('minutes-paragraph').filter({ hasText: title })).toBeVisible();
}

async function chooseAdjusters(page: Page, first: string, second: string) {
  const form = page.getByTestId('adjusters-form');
  await form.getByLabel('Första justerare').selectOption({ label: first });
  await form.getByLabel('Andra justerare').selectOption({ label: second });
  await form.getByRole('button', { name: 'Välj justerare' }).click();
  await expect(page.getByTestId('adjusters-list')).toContainText(`${second}: Har inte justerat`);
}

/** The adjuster's confirmation step: the content hash shown, the password, "Justera". */
async function approve(page: Page, password = DEMO_PASSWORD) {
  await page.getByTestId('approve-minutes').click();
  const confirm = page.getByTestId('approve-confirm');
  await expect(confirm).toContainText('Bekräfta justeringen');
  await confirm.getByLabel('Ditt lösenord').fill(password);
  await confirm.getByTestId('approve-confirm-submit').click();
}

let meetingPath = '';

test('marking the minutes ready before the meeting day is refused with the reason; adjusters are not offered to adjust', async ({
  browser,
}) => {
  const office = await as(browser, OFFICE, `${BASE}/sammantraden`);
  await office.getByTestId('meetings-upcoming').getByRole('link', { name: 'Styrelsemöte' }).first().click();
  await expect(office.getByTestId('agenda')).toBeVisible();
  await office.goto(`${new URL(office.url()).pathname}/protokoll`);
  await expect(office.getByTestId('minutes-state')).toHaveText('Protokollet skrivs');
  await office.getByTestId('mark-ready').click();
  await expect(office.getByTestId('ready-error')).toHaveText(
    'Sammanträdet har inte ägt rum ännu. Protokollet kan markeras klart för justering tidigast på sammanträdesdagen.',
  );
  await office.reload();
  await expect(office.getByTestId('minutes-state')).toHaveText('Protokollet skrivs');
  await office.context().close();
});

test('the office writes today’s minutes, records chair and secretary, chooses adjusters and marks them ready', async ({
  browser,
}) => {
  const office = await as(browser, OFFICE, `${BASE}/sammantraden`);
  meetingPath = await heldMeetingToday(
    office,
    'Extra styrelsemöte om justering',
    ['Lars Hedin', 'Karin Bergqvist', 'Elin Dahl', 'Sofia Nyberg'],
    ['Sofia Nyberg', 'Omar Haddad'],
  );
  await office.goto(`${meetingPath}/protokoll`);
  await addParagraphFromAgenda(office, 'Val av justerare', 'Karin Bergqvist och Sofia Nyberg valdes att justera.');
  await addParagraphFromAgenda(office, 'Mötets öppnande', 'Ordföranden öppnade mötet.');
  // Typed second, the opening comes first: the minutes follow the agenda.
  const headings = await office.getByTestId('minutes-paragraph').getByRole('heading', { level: 3 }).allTextContents();
  expect(headings[0]).toContain('Mötets öppnande');
  expect(headings[1]).toContain('Val av justerare');

  const officers = office.getByTestId('officers-form');
  await officers.getByLabel('Ordförande').selectOption({ label: 'Lars Hedin' });
  await officers.getByLabel('Sekreterare').selectOption({ label: 'Maja Ekström' });
  await officers.getByTestId('officers-submit').click();
  await expect(office.getByTestId('minutes-chair')).toHaveText('Lars Hedin');
  await expect(office.getByTestId('minutes-secretary')).toHaveText('Maja Ekström');
  await chooseAdjusters(office, 'Karin Bergqvist', 'Sofia Nyberg');

  // Before it is ready, the adjuster is told so, and not offered "Justera protokollet".
  const vice = await as(browser, VICE, `${meetingPath}/protokoll`);
  await expect(vice.getByTestId('approve-blocked')).toHaveText('Protokollet är inte klart för justering ännu.');
  await expect(vice.getByTestId('approve-minutes')).toHaveCount(0);
  await vice.context().close();

  await office.getByTestId('mark-ready').click();
  await expect(office.getByTestId('minutes-state')).toHaveText('Väntar på justering');
  await expect(office.getByTestId('minutes-hash')).toContainText(/[0-9a-f]{64}/);
  await expect(office.getByTestId('paragraph-move')).toHaveCount(0);
  await office.context().close();
});

test('an edit after the first approval voids it; both adjusters must approve again', async ({ browser }) => {
  const vice = await as(browser, VICE, `${meetingPath}/protokoll`);
  await approve(vice, 'inte-mitt-losenord');
  await expect(vice.getByTestId('approve-error')).toHaveText('Fel lösenord. Justeringen är inte gjord.');
  await vice.getByTestId('approve-confirm').getByLabel('Ditt lösenord').fill(DEMO_PASSWORD);
  await vice.getByTestId('approve-confirm-submit').click();
  await expect(vice.getByTestId('minutes-state')).toHaveText('Justerat av en av två justerare');
  await expect(vice.getByTestId('adjusters-list')).toContainText('Karin Bergqvist: Justerat');

  // The office changes the opening's text after that approval.
  const office = await as(browser, OFFICE, `${meetingPath}/protokoll`);
  const opening = office.getByTestId('minutes-paragraph').filter({ hasText: 'Mötets öppnande' });
  await opening.getByTestId('paragraph-edit').click();
  await opening
    .getByTestId('paragraph-edit-form')
    .getByLabel('Ärendets behandling')
    .fill('Ordföranden öppnade mötet kl. 00.10.');
  await opening.getByRole('button', { name: 'Spara paragrafen' }).click();
  await expect(opening.getByTestId('paragraph-discussion')).toHaveText('Ordföranden öppnade mötet kl. 00.10.');
  await expect(office.getByTestId('adjusters-list')).toContainText('Karin Bergqvist: Har inte justerat');
  await expect(office.getByTestId('minutes-state')).toHaveText('Väntar på justering');
  await office.context().close();

  // The first adjuster is offered to approve again, the new text.
  await vice.reload();
  await expect(vice.getByTestId('adjusters-list')).toContainText('Karin Bergqvist: Har inte justerat');
  await expect(vice.getByTestId('approve-minutes')).toBeVisible();
  await vice.context().close();
});

test('an adjuster recorded as absent is refused', async ({ browser }) => {
  const office = await as(browser, OFFICE, `${BASE}/sammantraden`);
  const otherPath = await heldMeetingToday(
    office,
    'Extra styrelsemöte om frånvaro',
    ['Lars Hedin', 'Karin Bergqvist', 'Elin Dahl', 'Omar Haddad'],
    null,
  );
  await office.goto(`${otherPath}/protokoll`);
  await addParagraphFromAgenda(office, 'Mötets öppnande', 'Ordföranden öppnade mötet.');
  await chooseAdjusters(office, 'Karin Bergqvist', 'Omar Haddad');
  // The attendance is corrected afterwards: Omar Haddad was not there.
  await office.goto(otherPath);
  await office.getByTestId('attendance').getByLabel('Närvarande: Omar Haddad').uncheck();
  await office.getByTestId('attendance').getByRole('button', { name: 'Spara närvaron' }).click();
  await expect(async () => {
    await office.reload();
    await expect(office.getByTestId('attendance').getByLabel('Närvarande: Omar Haddad')).not.toBeChecked({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await office.goto(`${otherPath}/protokoll`);
  await office.getByTestId('mark-ready').click();
  await expect(office.getByTestId('minutes-state')).toHaveText('Väntar på justering');
  await office.context().close();

  const absent = await as(browser, ABSENT, `${otherPath}/protokoll`);
  await expect(absent.getByTestId('approve-blocked')).toHaveText(
    'Du var inte närvarande vid sammanträdet och kan därför inte justera protokollet.',
  );
  await expect(absent.getByTestId('approve-minutes')).toHaveCount(0);

  // Bypassing the page: the server action itself refuses, for that reason.
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const [actionId] = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === 'approveMinutesAction',
  )!;
  const hash = (await absent.getByTestId('minutes-hash').textContent())!.match(/[0-9a-f]{64}/)![0];
  const response = await absent.request.post(absent.url(), {
    headers: {
      'next-action': actionId,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin: new URL(absent.url()).origin,
    },
    data: JSON.stringify([
      'finsamgotland',
      { meetingId: otherPath.split('/').pop(), contentHash: hash, password: DEMO_PASSWORD },
    ]),
  });
  const reply = await response.text();
  expect(reply).toContain('"ok":false');
  expect(reply).toContain('Du var inte närvarande vid sammanträdet och kan därför inte justera protokollet.');
  await absent.context().close();
});

test('both approve; the minutes are locked; the PDF has chair, secretary, adjusters with times and the hash', async ({
  browser,
}) => {
  const vice = await as(browser, VICE, `${meetingPath}/protokoll`);
  await approve(vice);
  await expect(vice.getByTestId('minutes-state')).toHaveText('Justerat av en av två justerare');
  await vice.context().close();

  const deputy = await as(browser, DEPUTY, `${meetingPath}/protokoll`);
  const hash = (await deputy.getByTestId('minutes-hash').textContent())!.match(/[0-9a-f]{64}/)![0];
  await approve(deputy);
  await expect(deputy.getByTestId('minutes-state')).toHaveText('Justerat och låst');
  const list = await deputy.getByTestId('adjusters-list').textContent();
  const times = [...list!.matchAll(/Justerat (\d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2})/g)].map((m) => m[1]!);
  expect(times).toHaveLength(2);

  const pdf = await deputy.request.get(`${meetingPath}/protokoll/protokoll.pdf`);
  expect(pdf.status()).toBe(200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-minutes-')), 'protokoll.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Ordförande: Lars Hedin');
  expect(text).toContain('Sekreterare: Maja Ekström');
  expect(text).toContain('Underskrifter');
  expect(text).toContain(`Justerare: Karin Bergqvist, justerat ${times[0]}`);
  expect(text).toContain(`Justerare: Sofia Nyberg, justerat ${times[1]}`);
  expect(text).toContain(`Protokollets innehåll (SHA-256): ${hash}`);
  // Omar Haddad (ordinary member) is the one absent: not the deputies who did not serve, nor the director.
  expect(text).toContain('Frånvarande: Omar Haddad Paragrafer');
  await deputy.context().close();
});
