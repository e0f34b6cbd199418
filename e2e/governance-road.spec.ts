import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { holdMeetingNow } from './shared/meeting-held';
import { signIn } from './support';

// Issue 5's whole road, on Sjöbygden and its 2027 draft plan: a matter is prepared, the plan is sent
// to the board, both go on the agenda of the upcoming board meeting, attendance with a deputy serving
// gives quorum, the minutes record the decisions (the plan is adopted by the board's decision), both
// adjusters approve, and then the plan and the minutes are locked and the minutes PDF downloads.
// The machine may be slow (several builds at once): generous timeouts.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const BASE = '/forbund/sjobygden';
const APPLICATION = 'Ansökan om samverkansmedel: Arbetsträning Sjöstad 2027–2028';
const PLAN = 'Verksamhets- och budgetplan 2027';

async function as(browser: Browser, email: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto(path);
  return page;
}

let meetingPath = '';

test('the preparation group prepares the municipality’s application', async ({ browser }) => {
  const preparer = await as(browser, 'beredning@sjobygden.se', `${BASE}/arenden`);
  await preparer.getByRole('link', { name: APPLICATION }).click();
  await expect(preparer.getByRole('heading', { level: 1 })).toContainText('Arbetsträning Sjöstad');
  await preparer.getByRole('button', { name: 'Börja bereda' }).click();
  await expect(preparer.getByTestId('matter-status')).toContainText('Under beredning');
  await preparer
    .getByLabel('Beredningens bedömning')
    .fill('Insatsen svarar mot förbundets inriktning för unga vuxna; Arbetsförmedlingen medverkar.');
  await preparer.getByLabel('Förslag till beslut').fill('Styrelsen beviljar 600 000 kr för 2027–2028.');
  await preparer.getByRole('button', { name: 'Spara beredningen' }).click();
  await expect(async () => {
    await preparer.reload();
    await expect(preparer.getByLabel('Beredningens bedömning')).toHaveValue(/unga vuxna/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await preparer.getByRole('button', { name: 'Markera som berett' }).click();
  await expect(preparer.getByTestId('matter-status')).toContainText('Berett');
  await expect(preparer.getByTestId('matter-assessment')).toContainText('unga vuxna');
  await preparer.context().close();
});

test('the director sends the 2027 plan to the board and puts it and the matter on the board agenda; attendance with a deputy serving gives quorum', async ({
  browser,
}) => {
  const director = await as(browser, 'chef@samplan.se', `${BASE}/plan/arbetsgang?ar=2027`);
  for (const [step, status] of [
    ['sendToPreparation', 'IN_PREPARATION'],
    ['sendToConsultation', 'IN_CONSULTATION'],
  ] as const) {
    await director.getByTestId(`workflow-${step}`).click();
    await expect(director.getByTestId(`step-${status}`)).toHaveAttribute('data-state', 'current');
  }
  await director.getByTestId('workflow-sendToBoard').click();
  await expect(director.getByTestId('plan-matter')).toBeVisible();

  await director.goto(`${BASE}/sammantraden`);
  await director.getByTestId('meetings-upcoming').getByRole('link', { name: 'Styrelsemöte' }).first().click();
  await expect(director.getByTestId('agenda')).toBeVisible();
  meetingPath = new URL(director.url()).pathname;

  for (const title of [PLAN, APPLICATION]) {
    const select = director.getByLabel('Berett ärende');
    const value = await select.locator('option', { hasText: title }).getAttribute('value');
    await select.selectOption(value!);
    await director.getByRole('button', { name: 'Sätt på dagordningen' }).click();
    await expect(director.getByTestId('agenda-item').filter({ hasText: title })).toBeVisible();
  }

  // Four of seven ordinary seats: the chair, the vice chair, one municipal member and Ida Sjöberg for Ali Karimi.
  const attendance = director.getByTestId('attendance');
  // From a clean slate: an earlier spec (governance-matters) records attendance at the same meeting.
  for (const box of await attendance.getByRole('checkbox').all()) await box.uncheck();
  for (const name of ['Mats Åberg', 'Helena Strand', 'Erik Sundin', 'Ida Sjöberg'])
    await attendance.getByLabel(`Närvarande: ${name}`).check();
  await attendance.getByLabel('Tjänstgör för: Ida Sjöberg').selectOption({ label: 'Ali Karimi' });
  await expect(director.getByTestId('quorum-verdict')).toHaveText('Beslutsför');
  await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
  // Saved: after a reload the stored attendance is this one (Erik Sundin present, Ida Sjöberg for Ali Karimi) and gives quorum.
  await expect(async () => {
    await director.reload();
    await expect(director.getByTestId('attendance').getByLabel('Närvarande: Erik Sundin')).toBeChecked({
      timeout: 2_000,
    });
    await expect(director.getByTestId('attendance').getByLabel('Närvarande: Ali Karimi')).not.toBeChecked({
      timeout: 2_000,
    });
    await expect(director.getByTestId('quorum-verdict')).toHaveText('Beslutsför', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });

  await director.goto(`${BASE}/plan/arbetsgang?ar=2027`);
  await expect(director.getByTestId('step-ON_AGENDA')).toHaveAttribute('data-state', 'current');
  await director.context().close();
});

test('the minutes record the decisions; the board’s decision adopts the plan; the adjusters are chosen', async ({
  browser,
}) => {
  // The meeting is held: a decision exists from its meeting, never before it (ADR 034).
  await holdMeetingNow(meetingPath.split('/').pop()!);
  const director = await as(browser, 'chef@samplan.se', `${meetingPath}/protokoll`);
  await expect(director.getByTestId('minutes-quorum')).toContainText('Beslutfört: 4 av 7');
  const form = director.getByTestId('add-paragraph-form');
  for (const title of [PLAN, APPLICATION]) {
    const select = form.getByLabel('Från dagordningen');
    const value = await select.locator('option', { hasText: title }).getAttribute('value');
    await select.selectOption(value!);
    await form.getByLabel('Ärendets behandling').fill(`Förbundschefen föredrog ärendet ${title}.`);
    await form.getByRole('button', { name: 'Lägg till paragraf' }).click();
    await expect(director.getByTestId('minutes-paragraph').filter({ hasText: title })).toBeVisible();
  }
  // Consecutive § numbers in the year's series.
  const numbers = (
    await director.getByTestId('minutes-paragraph').getByRole('heading', { level: 3 }).allTextContents()
  ).map((text) => Number(text.split(/\s/)[1]));
  expect(numbers[1]).toBe(numbers[0]! + 1);

  const plan = director.getByTestId('minutes-paragraph').filter({ hasText: PLAN });
  await plan
    .getByTestId('decision-form')
    .getByLabel('Beslut', { exact: true })
    .fill('Styrelsen beslutar att anta verksamhets- och budgetplan 2027.');
  await expect(plan.getByTestId('decision-adopts-plan')).toBeChecked();
  await plan.getByTestId('decision-submit').click();
  await expect(plan.getByTestId('paragraph-decision')).toHaveText(
    'Styrelsen beslutar att anta verksamhets- och budgetplan 2027.',
  );
  await expect(plan.getByTestId('paragraph-plan')).toContainText('Antagen');

  await plan.locator('summary', { hasText: 'Omröstning' }).click();
  for (const [name, choice] of [
    ['Mats Åberg', 'För'],
    ['Helena Strand', 'För'],
    ['Ida Sjöberg', 'För'],
    ['Erik Sundin', 'Emot'],
  ] as const) {
    await plan.getByLabel(`Röst: ${name}`).selectOption({ label: choice });
  }
  await plan.getByLabel('Reservation: Erik Sundin').fill('Jag reserverar mig till förmån för en större reserv.');
  await plan.getByTestId('votes-submit').click();
  await expect(plan.getByTestId('paragraph-votes')).toContainText('3 för, 1 emot, 0 avstår');
  await expect(plan.getByTestId('paragraph-votes')).toContainText('Erik Sundin reserverar sig');

  const application = director.getByTestId('minutes-paragraph').filter({ hasText: APPLICATION });
  await application
    .getByTestId('decision-form')
    .getByLabel('Beslut', { exact: true })
    .fill('Styrelsen beviljar 600 000 kr till Arbetsträning Sjöstad 2027–2028.');
  await application.getByTestId('decision-submit').click();
  await expect(application).toContainText('Beslutat');

  const adjusters = director.getByTestId('adjusters-form');
  await adjusters.getByLabel('Första justerare').selectOption({ label: 'Helena Strand' });
  await adjusters.getByLabel('Andra justerare').selectOption({ label: 'Helena Strand' });
  await adjusters.getByRole('button', { name: 'Välj justerare' }).click();
  await expect(adjusters).toContainText('Samma person kan inte vara båda justerarna.');
  await adjusters.getByLabel('Andra justerare').selectOption({ label: 'Ida Sjöberg' });
  await adjusters.getByRole('button', { name: 'Välj justerare' }).click();
  await expect(director.getByTestId('adjusters-list')).toContainText('Ida Sjöberg: Har inte justerat');

  // No PDF before both have approved.
  const early = await director.request.get(`${meetingPath}/protokoll/protokoll.pdf`);
  expect(early.status()).toBe(409);
  expect(await early.text()).toContain('Protokollet är inte justerat ännu.');
  await director.context().close();
});

test('both adjusters approve, each as themselves; the minutes are locked', async ({ browser }) => {
  const outsider = await as(browser, 'ordforande@sjobygden.se', `${meetingPath}/protokoll`);
  await expect(outsider.getByTestId('minutes-paragraph')).toHaveCount(2);
  await expect(outsider.getByTestId('approve-minutes')).toHaveCount(0);
  await outsider.context().close();

  const vice = await as(browser, 'vice@sjobygden.se', `${meetingPath}/protokoll`);
  await vice.getByTestId('approve-minutes').click();
  await expect(vice.getByTestId('minutes-state')).toHaveText('Justerat av en av två justerare');
  await expect(vice.getByTestId('approve-minutes')).toHaveCount(0);
  await vice.context().close();

  const deputy = await as(browser, 'ersattare@sjobygden.se', `${meetingPath}/protokoll`);
  await deputy.getByTestId('approve-minutes').click();
  await expect(deputy.getByTestId('minutes-state')).toHaveText('Justerat och låst');
  await expect(deputy.getByTestId('minutes-locked')).toBeVisible();
  await deputy.context().close();
});

test('the plan and the minutes are locked: no edits in the UI, a direct server-action call is refused, the PDF downloads', async ({
  browser,
}) => {
  const director = await as(browser, 'chef@samplan.se', `${meetingPath}/protokoll`);
  await expect(director.getByTestId('minutes-state')).toHaveText('Justerat och låst');
  await expect(director.getByTestId('add-paragraph-form')).toHaveCount(0);
  await expect(director.getByTestId('paragraph-edit')).toHaveCount(0);
  await expect(director.getByTestId('decision-form')).toHaveCount(0);
  await expect(director.getByTestId('adjusters-form')).toHaveCount(0);

  // Bypass the page: post the update server action as the browser would, with the director's session.
  const plan = director.getByTestId('minutes-paragraph').filter({ hasText: PLAN });
  const paragraphId = (await plan.getAttribute('aria-labelledby'))!.replace(/^p-/, '');
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const [actionId] = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === 'updateParagraphAction',
  )!;
  const response = await director.request.post(director.url(), {
    headers: {
      'next-action': actionId,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin: new URL(director.url()).origin,
    },
    data: JSON.stringify([
      'sjobygden',
      { paragraphId, version: 3, title: 'Ändrad efter justering', discussion: '', decisionText: 'Ändrat beslut' },
    ]),
  });
  const reply = await response.text();
  expect(reply).toContain('"ok":false');
  expect(reply).toContain('"code":"LOCKED"');
  expect(reply).toContain('Protokollet är justerat och låst.');
  await director.reload();
  await expect(plan.getByTestId('paragraph-decision')).toHaveText(
    'Styrelsen beslutar att anta verksamhets- och budgetplan 2027.',
  );

  const pdf = await director.request.get(`${meetingPath}/protokoll/protokoll.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(director.getByTestId('minutes-pdf-link')).toHaveAttribute(
    'href',
    `${meetingPath}/protokoll/protokoll.pdf`,
  );

  await director.goto(`${BASE}/budget?ar=2027`);
  // The budget is shown read-only, with the reason.
  await expect(director.getByText('Planen är antagen och låst.')).toBeVisible();
  await director.goto(`${BASE}/plan/arbetsgang?ar=2027`);
  await expect(director.getByTestId('step-ADOPTED')).toHaveAttribute('data-state', 'current');
  await director.context().close();
});
