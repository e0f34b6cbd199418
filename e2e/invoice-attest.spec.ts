import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signInAndWait } from './support';

const invoices = '/forbund/finsamgotland/fakturor';

async function openInvoice(page: Page, supplier: string) {
  await page.goto(invoices);
  await page.getByRole('link', { name: supplier }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(supplier);
}

test.describe.serial('attest by the attestordning', () => {
  test('the director records a small invoice and attests it', async ({ page }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await page.goto(invoices);
    await page.getByTestId('invoice-register').click();
    await page.getByLabel('Leverantör').fill('Tryckeriet i Visby AB');
    await page.getByLabel('Fakturanummer').fill('T-5521');
    await page.getByLabel('Fakturadatum').fill('2026-11-20');
    await page.getByLabel('Belopp exkl. moms (kr)').fill('3 000');
    // The amount incl. VAT follows from the rate; the payee is the supplier unless a person is chosen.
    await expect(page.getByTestId('invoice-amount-incl-vat')).toHaveText(/3\s750\skr/);
    await page.getByLabel('Moms', { exact: true }).selectOption('12');
    await expect(page.getByTestId('invoice-amount-incl-vat')).toHaveText(/3\s360\skr/);
    await page.getByLabel('Moms', { exact: true }).selectOption('25');
    await page.getByLabel('Betalningsmottagare').selectOption('PERSON');
    await page.getByTestId('invoice-submit').click();
    await expect(page.getByText('Välj vilken person i förbundet som ska få betalningen.')).toBeVisible();
    await page.getByLabel('Betalningsmottagare').selectOption('SUPPLIER');
    await page.getByLabel('Budgetrad').selectOption({ label: 'Strukturell samverkan & kompetensutveckling' });
    await page.getByLabel(/^Bilaga/).setInputFiles({
      name: 'faktura.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%faktura T-5521\n'),
    });
    await page.getByTestId('invoice-submit').click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tryckeriet i Visby AB, faktura T-5521');
    await expect(page.getByTestId('attest-explanation')).toContainText('Du får attestera fakturan som förbundschefen.');
    await page.getByTestId('attest-submit').click();
    await expect(page.getByTestId('attest-history')).toContainText('Förbundschefen inom attestgränsen');
    await expect(page.getByTestId('invoice-details')).toContainText('Attesterad');
  });

  test('an invoice of 64 000 kr excl. VAT is refused for the director, with the reason', async ({ page }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await openInvoice(page, 'Arbetsmarknadskonsult Gotland AB');
    await expect(page.getByTestId('attest-explanation')).toHaveText(
      /Fakturan är 64\s000\skr exkl\. moms \(80\s000\skr inkl\. moms\)\. Förbundschefen får attestera upp till 59\s200\skr exkl\. moms \(ett prisbasbelopp 2026\)\. Ordföranden attesterar\./,
    );
    await expect(page.getByTestId('attest-submit')).toHaveCount(0);
  });

  test('a direct call of the attest server action against the rules is refused and changes nothing', async ({
    page,
  }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await openInvoice(page, 'Arbetsmarknadskonsult Gotland AB');
    const invoiceId = page.url().split('/').pop()!;
    // Bypass the page: post the server action as the browser would, with the director's session.
    const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
      node: Record<string, { exportedName?: string }>;
    };
    const [actionId] = Object.entries(manifest.node).find(
      ([, action]) => action.exportedName === 'attestInvoiceAction',
    )!;
    const response = await page.request.post(page.url(), {
      headers: {
        'next-action': actionId,
        accept: 'text/x-component',
        'content-type': 'text/plain;charset=UTF-8',
        origin: new URL(page.url()).origin,
      },
      data: JSON.stringify(['finsamgotland', { invoiceId, version: 1 }]),
    });
    const reply = await response.text();
    expect(reply).toContain('"ok":false');
    expect(reply).toContain('"code":"FORBIDDEN"');
    expect(reply).toContain('Ordföranden attesterar');
    await page.reload();
    await expect(page.getByTestId('invoice-details')).toContainText('Väntar på attest');
    await expect(page.getByTestId('attest-history')).toHaveCount(0);
  });

  test('the chair attests it; the director marks it paid', async ({ page, browser }) => {
    test.setTimeout(90_000); // two sign-ins and two follow-up pages on a shared machine
    await signInAndWait(page, 'ordforande@finsamgotland.se');
    await openInvoice(page, 'Arbetsmarknadskonsult Gotland AB');
    await expect(page.getByTestId('attest-explanation')).toContainText('Du får attestera fakturan som ordföranden.');
    await page.getByTestId('attest-submit').click();
    await expect(page.getByTestId('attest-history')).toContainText('Ordföranden över attestgränsen');
    // Paying is the office's task (invoice.markPaid): the one who attests does not also pay.
    await expect(page.getByTestId('mark-paid-submit')).toHaveCount(0);

    const office = await browser.newPage();
    await signInAndWait(office, 'chef@samplan.se');
    // The economic follow-up counts paid invoices (excl. VAT: 64 000 kr) on their budget line.
    const followUp = '/forbund/finsamgotland/budget/uppfoljning?ar=2026&manad=11';
    const outcomeToDate = async () => {
      await office.goto(followUp);
      const row = office.getByTestId('follow-up-line').filter({ hasText: 'Jobbvägen försteget' });
      const text = (await row.locator('td').nth(1).textContent()) ?? '';
      return Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
    };
    const before = await outcomeToDate();
    await openInvoice(office, 'Arbetsmarknadskonsult Gotland AB');
    await office.getByLabel('Betaldatum').fill('2026-11-24');
    await office.getByTestId('mark-paid-submit').click();
    await expect(office.getByTestId('invoice-details')).toContainText('Betald');
    expect(await outcomeToDate()).toBe(before + 64000);
    await office.close();
  });
});
