import { expect as baseExpect, test } from '@playwright/test';
import { signIn } from './support';

// Generous waits: the shared test machine can be heavily loaded (argon2 sign-in, server actions).
test.setTimeout(120_000);
const expect = baseExpect.configure({ timeout: 20_000 });

async function signInAndWait(page: import('@playwright/test').Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 60_000 });
}

const matters = '/forbund/sjobygden/arenden';
const title = 'E2E: Ansökan om samverkansmedel för Jobbsteget Ekdala';

test.describe.serial('a matter from preparation to the board agenda, with quorum', () => {
  test('a preparation-group member raises and prepares a matter and marks it prepared', async ({ page }) => {
    await signInAndWait(page, 'beredning@sjobygden.se');
    await page.goto(matters);
    await page.getByRole('link', { name: 'Väck ärende' }).click();
    await page.getByLabel('Typ av ärende').selectOption('APPLICATION');
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Från medlem').selectOption({ label: 'Ekdala kommun' });
    await page.getByLabel('Sökt belopp (kr)').fill('250 000');
    await page.getByLabel('Period från').fill('2027-12-31');
    await page.getByLabel('Period till').fill('2027-01-01');
    await page.getByRole('button', { name: 'Väck ärendet' }).click();
    await expect(page.getByText('Periodens slut kan inte ligga före dess början.')).toBeVisible();
    await page.getByLabel('Period från').fill('2027-01-01');
    await page.getByLabel('Period till').fill('2027-12-31');
    await page.getByRole('button', { name: 'Väck ärendet' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByTestId('matter-status')).toHaveText('Väckt');
    await page.getByRole('button', { name: 'Börja bereda' }).click();
    await expect(page.getByTestId('matter-status')).toHaveText('Under beredning');
    // She raised it herself: warned of jäv, and the preparation is saved only once she has tried it (ADR 036).
    await expect(page.getByTestId('matter-conflict-warning')).toContainText('Du har själv väckt det här ärendet');
    await expect(page.getByRole('button', { name: 'Återremittera' })).toHaveCount(0);
    await page
      .getByLabel('Beredningens bedömning')
      .fill('Insatsen svarar mot förbundets prioritering av unga vuxna och har stöd hos Arbetsförmedlingen.');
    await page.getByLabel('Förslag till beslut').fill('Styrelsen beviljar 250 000 kr för 2027.');
    await page.getByRole('button', { name: 'Spara beredningen' }).click();
    await expect(page.getByText('pröva jäv och kryssa i ”Jag har prövat jäv”')).toBeVisible();
    await page.getByLabel('Jag har prövat jäv').check();
    await page.getByRole('button', { name: 'Spara beredningen' }).click();
    await expect(page.getByText('Sparat.')).toBeVisible();
    await page.getByRole('button', { name: 'Markera som berett' }).click();
    await expect(page.getByTestId('matter-status')).toHaveText('Berett');
    await expect(page.getByTestId('matter-proposal')).toHaveText('Styrelsen beviljar 250 000 kr för 2027.');
    await expect(page.getByTestId('matter-history')).toContainText('Markerades som berett');
  });

  test('the director puts it on the board meeting’s agenda and records attendance with one deputy serving', async ({
    page,
  }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await page.goto('/forbund/sjobygden/sammantraden');
    await page.getByTestId('meetings-upcoming').getByRole('link', { name: 'Styrelsemöte' }).first().click();
    await expect(page.getByTestId('agenda')).toContainText('Ekonomisk uppföljning');

    await page.getByLabel('Berett ärende').selectOption({ label: `2026/${await matterNumber(page)} ${title}` });
    await page.getByRole('button', { name: 'Sätt på dagordningen' }).click();
    await expect(page.getByTestId('agenda-item').filter({ hasText: title })).toBeVisible();

    const attendance = page.getByTestId('attendance');
    for (const name of ['Mats Åberg', 'Helena Strand', 'Ali Karimi'])
      await attendance.getByLabel(`Närvarande: ${name}`).check();
    await expect(page.getByTestId('quorum-verdict')).toHaveText('Inte beslutsför');
    await expect(page.getByTestId('quorum')).toContainText('3 av 7 ordinarie platser besatta, 4 krävs.');
    await attendance.getByLabel('Närvarande: Ida Sjöberg').check();
    await attendance.getByLabel('Tjänstgör för: Ida Sjöberg').selectOption({ label: 'Linnea Falk' });
    await expect(page.getByTestId('quorum-verdict')).toHaveText(/^beslutsför$/i);
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();

    // Saved: the page is rendered anew with the stored attendance (the form re-reads it after a save).
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('attendance').getByLabel('Närvarande: Ida Sjöberg')).toBeChecked({
        timeout: 2_000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByTestId('attendance').getByLabel('Tjänstgör för: Ida Sjöberg')).toHaveValue(/.+/);
    await expect(page.getByTestId('quorum-verdict')).toHaveText(/^beslutsför$/i);
    await expect(page.getByTestId('quorum')).toContainText('4 av 7 ordinarie platser besatta');
    await expect(page.getByRole('link', { name: 'Protokoll' })).toBeVisible();

    await page.goto(matters);
    await expect(page.getByRole('row').filter({ hasText: title })).toContainText('På dagordningen');
  });
});

/** The diarienummer the matter got: read from the select's options. */
async function matterNumber(page: import('@playwright/test').Page): Promise<string> {
  const label = await page.getByLabel('Berett ärende').locator('option', { hasText: title }).textContent();
  return label!.split(' ')[0]!.split('/')[1]!;
}
