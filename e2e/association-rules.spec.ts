import { expect, test } from '@playwright/test';
import { signInAndWait } from './support';

const base = '/forbund/sjobygden/installningar';
// A year no other spec reads, so the changes here change nothing they see.
const YEAR = 2031;

test.describe.serial('the association’s own rules and members (Inställningar → Regler, Medlemmar)', () => {
  test('the director sets the floor, the cap tiers and a fixed-share key from a year', async ({ page }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await page.goto(`${base}/regler?ar=${YEAR}`);
    await expect(page.getByTestId('settings-nav')).toContainText('Medlemmar');
    await expect(page.getByTestId('rules-source')).toContainText('Reglerna för året gäller från 2026.');
    await expect(page.getByTestId('rules-form')).toContainText('Lagen (2003:1210) om finansiell samordning');

    await page.getByTestId('rules-equity-floor').fill('-5');
    await page.getByTestId('rules-deadline-day').fill('31');
    await page.getByRole('button', { name: 'Spara regler' }).click();
    await expect(page.getByText('Beloppet kan inte vara negativt.')).toBeVisible();
    await expect(page.getByText('Dagen finns inte i den månaden (29 februari finns inte varje år).')).toBeVisible();

    await page.getByTestId('rules-equity-floor').fill('600 000');
    await page.getByTestId('rules-deadline-day').fill('30');
    await page.getByTestId('rules-tier-0-upto').fill('5 000 000');
    await page.getByTestId('rules-add-tier').click();
    await page.getByTestId('rules-tier-1-percent').fill('10');
    await page.getByTestId('rules-split-key').selectOption('FIXED_PERCENT');
    await page.getByRole('button', { name: 'Spara regler' }).click();
    await expect(page.getByText('Reglerna sparade.')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('rules-source')).toContainText(`gäller från ${YEAR}`);
    await expect(page.getByTestId('rules-tier-1-upto')).toHaveValue('');
    await expect(page.getByTestId('rules-equity-floor')).toHaveValue(/600\s000/);
  });

  test('the director adds a municipality and sees the key refused until it sums to 100 %', async ({ page }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await page.goto(`${base}/medlemmar?ar=${YEAR}`);
    await expect(page.getByTestId('members-table')).toContainText('Sjöstads kommun');

    await page.getByTestId('member-add-name').fill('Nyby kommun');
    await page.getByTestId('member-add-org-number').fill('2120001234');
    await page.getByTestId('member-add-joined').fill(String(YEAR));
    await page.getByTestId('member-add').click();
    await expect(page.getByText('Skriv organisationsnumret som NNNNNN-NNNN.')).toBeVisible();
    await page.getByTestId('member-add-org-number').fill('212000-1234');
    await page.getByTestId('member-add').click();
    await expect(page.getByTestId('members-table')).toContainText('Nyby kommun');

    const shares: [string, string][] = [
      ['Sjöstads kommun', '30'],
      ['Ekdala kommun', '20'],
      ['Granlunda kommun', '20'],
      ['Björkvikens kommun', '10'],
      ['Nyby kommun', '10'],
    ];
    for (const [name, share] of shares) await page.getByTestId(`key-percent-${name}`).fill(share);
    await page.getByRole('button', { name: `Spara nyckeln för ${YEAR}` }).click();
    await expect(page.getByTestId('key-percent-sum')).toContainText('Andelarna måste tillsammans bli 100 % (nu 90 %).');

    await page.getByTestId('key-percent-Nyby kommun').fill('20');
    await page.getByRole('button', { name: `Spara nyckeln för ${YEAR}` }).click();
    await expect(page.getByText('Nyckeln sparad.')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('key-percent-Nyby kommun')).toHaveValue('20');
  });

  test('a board member sees the rules read-only', async ({ page }) => {
    await signInAndWait(page, 'ordforande@sjobygden.se');
    await page.goto(`${base}/regler?ar=${YEAR}`);
    await expect(page.getByTestId('rules-read-only')).toContainText('600 000 kr');
    await expect(page.getByTestId('rules-form')).toHaveCount(0);
  });
});
