import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../src/server/seed/demo-logins';
import { expectAccessible, freshPage as freshPageOn, startOwnServer, type OwnServer } from './shared/own-server';

// Issue 15, item 4: the director invites a person, who accepts from the mail's link, chooses a
// password and sees the association; the forgotten-password link from the sign-in page; a password
// change in the browser ends the person's other session. Mail is read in the demo inbox (/inkorg).
//
// Its own server and database (E2E_PORT + 70, E2E_PG_PORT + 70): it adds a person and changes
// passwords, which later specs on the shared database must not find.
const INVITEE = 'ny.ledamot@example.se';
const FIRST_PASSWORD = 'gul-ekorre-hoppar-7';
const RESET_PASSWORD = 'blå-tåg-över-ån-42';
const CHANGED_PASSWORD = 'tre-röda-stolar-i-rad';

let server: OwnServer;

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const freshPage = (browser: Browser) => freshPageOn(browser, server.origin);

async function signInAt(page: Page, email: string, password: string) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
}

/** The path of the link in the newest mail to `to` whose subject has `subject`, read in the demo inbox. */
async function linkInMail(reader: Page, to: string, subject: string, route: 'inbjudan' | 'losenord'): Promise<string> {
  const rows = reader.getByTestId('inbox-row').filter({ hasText: subject }).filter({ hasText: to });
  await expect(async () => {
    await reader.goto('/inkorg');
    await expect(rows.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await rows.first().getByRole('link').click();
  const text = (await reader.getByTestId('mail-text').textContent())!;
  const match = new RegExp(`https?://[^\\s<>]+(/${route}/[A-Za-z0-9_-]{43})`).exec(text);
  expect(match, `a /${route}/ link in the mail`).toBeTruthy();
  return match![1]!;
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // The demo's mail mode: no SMTP server configured, so the inbox catches everything.
  server = await startOwnServer({
    label: "the people spec's server",
    offset: 70,
    dbName: 'samplan_people_passwords',
    dataDir: '.data/people-passwords-postgres',
    unset: ['APP_URL', 'SMTP_URL', 'MAIL_WORKER'],
  });
});

test.afterAll(async () => {
  await server?.stop();
});

test('the director invites a person, who accepts from the mail, chooses a password and sees the association', async ({
  browser,
}) => {
  const director = await freshPage(browser);
  await signInAt(director, 'chef@samplan.se', DEMO_PASSWORD);
  await director.goto('/forbund/finsamgotland/installningar/personer');
  await expect(director.getByRole('heading', { level: 1, name: 'Personer och roller' })).toBeVisible();

  // A term that ends before it starts is refused next to the field.
  await director.getByTestId('invite-email').fill(INVITEE);
  await director.getByTestId('invite-name').fill('Nora Ny');
  await director.getByTestId('invite-role-0').selectOption('BOARD_MEMBER');
  await director.getByTestId('invite-from-0').fill('2026-12-01');
  await director.getByTestId('invite-to-0').fill('2026-11-30');
  await director.getByTestId('invite-submit').click();
  await expect(director.getByTestId('invite-role').getByTestId('field-error')).toHaveText(
    'Mandatperioden kan inte sluta innan den börjar.',
  );
  await director.getByTestId('invite-to-0').fill('2030-12-31');
  await director.getByTestId('invite-submit').click();
  await expect(director.getByTestId('invite-done')).toContainText(INVITEE);
  await expect(director.getByTestId('pending-invitation').filter({ hasText: INVITEE })).toBeVisible();
  await expectAccessible(director);
  if (process.env.PEOPLE_SCREENSHOT) await director.screenshot({ path: process.env.PEOPLE_SCREENSHOT, fullPage: true });
  await director.context().close();

  // A board member is refused the page (403); a person of another association gets 404.
  const member = await freshPage(browser);
  await signInAt(member, 'ledamot@finsamgotland.se', DEMO_PASSWORD);
  expect((await member.goto('/forbund/finsamgotland/installningar/personer'))?.status()).toBe(403);
  await member.context().close();
  const foreign = await freshPage(browser);
  await signInAt(foreign, 'admin@sjobygden.se', DEMO_PASSWORD);
  expect((await foreign.goto('/forbund/finsamgotland/installningar/personer'))?.status()).toBe(404);
  await foreign.context().close();

  const reader = await freshPage(browser);
  const invitationPath = await linkInMail(reader, INVITEE, 'Inbjudan', 'inbjudan');

  const invitee = await freshPage(browser);
  await invitee.goto(invitationPath);
  await expect(invitee.getByTestId('invitation')).toContainText('Samordningsförbundet FinsamGotland');
  await expect(invitee.getByTestId('invitation-roles')).toContainText('Ledamot');
  await expectAccessible(invitee);
  await invitee.getByTestId('new-password').fill('sommar2024!!');
  await invitee.getByTestId('new-password-again').fill('sommar2024!!');
  await invitee.getByTestId('accept-invitation').click();
  await expect(invitee.getByTestId('field-error').first()).toContainText('för vanligt');
  await invitee.getByTestId('new-password').fill(FIRST_PASSWORD);
  await invitee.getByTestId('new-password-again').fill(FIRST_PASSWORD);
  await invitee.getByTestId('accept-invitation').click();
  await expect(invitee).toHaveURL(/\/forbund\/finsamgotland/, { timeout: 30_000 });
  await expect(invitee.getByTestId('person-name')).toHaveText('Nora Ny');
  await invitee.context().close();

  // The link was single use.
  await reader.goto(invitationPath);
  await expect(reader.getByTestId('invitation-unusable')).toContainText('redan mottagen');
  await reader.context().close();
});

test('forgotten password: the link from the sign-in page sets a new one; an unknown address gets the same answer', async ({
  browser,
}) => {
  const page = await freshPage(browser);
  await page.goto('/logga-in');
  await page.getByTestId('forgot-password-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glömt lösenordet' })).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId('forgot-email').fill('ingen.alls@example.se');
  await page.getByTestId('forgot-submit').click();
  const answer = (await page.getByTestId('forgot-password-answer').textContent())!;
  expect(answer).toContain('Om adressen finns');

  await page.goto('/losenord/glomt');
  await page.getByTestId('forgot-email').fill(INVITEE);
  await page.getByTestId('forgot-submit').click();
  await expect(page.getByTestId('forgot-password-answer')).toHaveText(answer);

  const resetPath = await linkInMail(page, INVITEE, 'nytt lösenord', 'losenord');
  await page.goto(resetPath);
  await expectAccessible(page);
  await page.getByTestId('new-password').fill(RESET_PASSWORD);
  await page.getByTestId('new-password-again').fill(RESET_PASSWORD);
  await page.getByTestId('save-password').click();
  await expect(page).toHaveURL(/\/logga-in\?losenord=bytt/);
  await expect(page.getByTestId('sign-in-success')).toContainText('Lösenordet är bytt');
  await signInAt(page, INVITEE, RESET_PASSWORD);

  await page.goto(resetPath);
  await expect(page.getByTestId('password-link-unusable')).toBeVisible();
  await page.context().close();
});

test('changing the password keeps this browser signed in and ends the other session', async ({ browser }) => {
  const other = await freshPage(browser);
  await signInAt(other, INVITEE, RESET_PASSWORD);
  const page = await freshPage(browser);
  await signInAt(page, INVITEE, RESET_PASSWORD);

  await page.getByTestId('change-password-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId('current-password').fill('inte-mitt-losenord');
  await page.getByTestId('new-password').fill(CHANGED_PASSWORD);
  await page.getByTestId('new-password-again').fill(CHANGED_PASSWORD);
  await page.getByTestId('change-password').click();
  await expect(page.getByTestId('field-error').first()).toContainText('nuvarande lösenordet stämmer inte');

  await page.getByTestId('current-password').fill(RESET_PASSWORD);
  await page.getByTestId('new-password').fill(CHANGED_PASSWORD);
  await page.getByTestId('new-password-again').fill(CHANGED_PASSWORD);
  await page.getByTestId('change-password').click();
  await expect(page.getByTestId('password-changed')).toBeVisible({ timeout: 30_000 });

  // This browser is still signed in; the session from before the change has ended.
  await page.goto('/forbund/finsamgotland');
  await expect(page.getByTestId('person-name')).toHaveText('Nora Ny');
  await other.goto('/forbund/finsamgotland');
  await expect(other).toHaveURL(/\/logga-in/);

  // The changed-password mail reached the person.
  const reader = await freshPage(browser);
  await reader.goto('/inkorg');
  await expect(
    reader
      .getByTestId('inbox-row')
      .filter({ hasText: 'lösenord i Samplan har ändrats' })
      .filter({ hasText: INVITEE })
      .first(),
  ).toBeVisible();
});
