import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { postAction, type Arg } from './shared/action-args';
import { signInAndWait } from './support';

/**
 * Issue 16, item 5 (ADR 035): the attest bypasses are refused through the server actions
 * themselves, each for its own reason, and a substitution is listed on the auditor's desk.
 */

const SLUG = 'finsamgotland';
const invoices = `/forbund/${SLUG}/fakturor`;
const run = Date.now().toString(36).slice(-5).toUpperCase();

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

/** Posts a server action as the browser would, with this page's session, to the page it is on; returns the reply. */
async function post(page: Page, name: string, args: Arg[]): Promise<string> {
  const url = new URL(page.url());
  const response = await postAction(page.request, url.origin, url.pathname, actionId(name), args);
  return response.text();
}

/** Records an invoice through the form as the signed-in person; returns its id. */
async function recordInvoice(
  page: Page,
  fields: { supplier: string; number: string; exclVat: string; payeePerson?: string; document?: boolean },
): Promise<string> {
  await page.goto(`${invoices}/ny`);
  await page.getByLabel('Leverantör').fill(fields.supplier);
  await page.getByLabel('Fakturanummer').fill(fields.number);
  await page.getByLabel('Fakturadatum').fill('2026-11-20');
  await page.getByLabel('Belopp exkl. moms (kr)').fill(fields.exclVat);
  if (fields.payeePerson) {
    await page.getByLabel('Betalningsmottagare').selectOption('PERSON');
    await page.getByLabel('Betalas till person i förbundet').selectOption({ label: fields.payeePerson });
  }
  if (fields.document !== false)
    await page.getByLabel(/^Bilaga/).setInputFiles({
      name: `faktura-${fields.number}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.4\n%${fields.number}\n`),
    });
  await page.getByTestId('invoice-submit').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fields.number);
  return page.url().split('/').pop()!;
}

const unescape = (reply: string) => reply.replace(/\\u00a0/g, ' ').replace(/\u00a0/g, ' ');

test.describe.serial('the attest order holds against direct calls of the server actions', () => {
  test('the director raising her own limit to 999 prisbasbelopp is refused; her attest stays refused', async ({
    page,
  }) => {
    await signInAndWait(page, 'chef@samplan.se');
    const invoiceId = await recordInvoice(page, {
      supplier: 'Konsultbolaget Visby AB',
      number: `K-${run}`,
      exclVat: '64 000',
    });
    await page.goto(`/forbund/${SLUG}/installningar/attest`);
    const decisionId = await page.getByLabel('Styrelsens beslut').locator('option').nth(1).getAttribute('value');
    expect(decisionId).toBeTruthy();
    const raised = await post(page, 'updateDelegationSettingsAction', [
      SLUG,
      {
        version: null,
        decisionId,
        directorAttestLimitPbb: '999',
        attestAboveLimitRole: 'CHAIR',
        attestSubstituteRole: 'VICE_CHAIR',
        directorSubstituteRole: 'CHAIR',
      },
    ]);
    expect(raised).toContain('"code":"FORBIDDEN"');
    expect(raised).toContain('Du kan inte ändra en regel som gäller din egen attesträtt (förbundschefens attestgräns)');
    await page.goto(`${invoices}/${invoiceId}`);
    const attest = await post(page, 'attestInvoiceAction', [SLUG, { invoiceId, version: 1 }]);
    expect(attest).toContain('"code":"FORBIDDEN"');
    expect(unescape(attest)).toContain('Förbundschefen får attestera upp till 59 200 kr exkl. moms');
    await page.reload();
    await expect(page.getByTestId('invoice-details')).toContainText('Väntar på attest');
  });

  test('her own expense with no payee is refused by the record action; as her own payee it goes to the chair', async ({
    page,
  }) => {
    await signInAndWait(page, 'chef@samplan.se');
    await page.goto(`${invoices}/ny`);
    const noPayee = await post(page, 'recordInvoiceAction', [
      SLUG,
      {
        form: {
          supplier: 'Utlägg Anna Lind',
          invoiceNumber: `U-${run}`,
          invoiceDate: '2026-11-20',
          amountExclVat: '450',
          vatPercent: '0',
          payeeKind: 'PERSON',
          attachment: { name: 'kvitto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') },
        },
      },
    ]);
    expect(noPayee).toContain('"code":"VALIDATION"');
    expect(noPayee).toContain('Välj vilken person i förbundet som ska få betalningen.');

    const invoiceId = await recordInvoice(page, {
      supplier: 'Utlägg Anna Lind',
      number: `U2-${run}`,
      exclVat: '450',
      payeePerson: 'Anna Lind',
    });
    await expect(page.getByTestId('attest-submit')).toHaveCount(0);
    const own = await post(page, 'attestInvoiceAction', [SLUG, { invoiceId, version: 1 }]);
    expect(own).toContain('"code":"FORBIDDEN"');
    expect(own).toContain('ingen attesterar en betalning till sig själv');
  });

  test('an invoice without its document is refused, with the reason', async ({ page }) => {
    await signInAndWait(page, 'chef@samplan.se');
    const invoiceId = await recordInvoice(page, {
      supplier: 'Papperslösa AB',
      number: `P-${run}`,
      exclVat: '1 200',
      document: false,
    });
    await expect(page.getByTestId('attest-explanation')).toContainText(
      'Fakturan kan inte attesteras utan sitt underlag',
    );
    await expect(page.getByTestId('attest-submit')).toHaveCount(0);
    const reply = await post(page, 'attestInvoiceAction', [SLUG, { invoiceId, version: 1 }]);
    expect(reply).toContain('"code":"FORBIDDEN"');
    expect(reply).toContain('Fakturan kan inte attesteras utan sitt underlag');
  });

  test('the vice chair\'s "the chair is absent" with the note "x" is refused; a real substitution is listed on the auditor\'s desk', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000); // three people sign in (argon2) on a shared machine
    await signInAndWait(page, 'chef@samplan.se');
    const supplier = `Storleverantören ${run} AB`;
    const invoiceId = await recordInvoice(page, { supplier, number: `S-${run}`, exclVat: '400 000' });

    const vice = await browser.newPage();
    await signInAndWait(vice, 'vice@finsamgotland.se');
    await vice.goto(`${invoices}/${invoiceId}`);
    const x = await post(vice, 'attestInvoiceAction', [
      SLUG,
      { invoiceId, version: 1, substituteReason: 'ABSENT', note: 'x' },
    ]);
    expect(x).toContain('"code":"VALIDATION"');
    expect(x).toContain('minst 20 tecken');
    const noReason = await post(vice, 'attestInvoiceAction', [
      SLUG,
      { invoiceId, version: 1, note: 'Ordföranden är bortrest hela veckan.' },
    ]);
    expect(noReason).toContain('"code":"FORBIDDEN"');
    await vice.reload();
    await expect(vice.getByTestId('invoice-details')).toContainText('Väntar på attest');

    // Through the page: a reason from the list and a note of real length.
    await vice.getByTestId('attest-substitute-reason').selectOption('ABSENT');
    await vice.getByTestId('attest-note').fill('Ordföranden är bortrest hela veckan.');
    await vice.getByTestId('attest-submit').click();
    await expect(vice.getByTestId('attest-history')).toContainText('Vice ordföranden som ersättare');
    await expect(vice.getByTestId('attest-history')).toContainText('Skäl: Frånvarande');
    await vice.close();

    const auditor = await browser.newPage();
    await signInAndWait(auditor, 'revisor@finsamgotland.se');
    await auditor.goto(`/forbund/${SLUG}/revision?ar=2026`);
    const row = auditor
      .getByTestId('audit-report-attestlogg')
      .locator('tr[data-exception]')
      .filter({ hasText: supplier });
    await expect(row).toContainText(
      'Ersättare attesterade, skäl: frånvaro. Anteckning: Ordföranden är bortrest hela veckan.',
    );
    await auditor.close();
  });
});
