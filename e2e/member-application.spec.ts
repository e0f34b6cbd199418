import { zipSync, strToU8 } from 'fflate';
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { postAction } from './shared/action-args';
import { serverActions } from './shared/authz-discovery';
import { signIn } from './support';

// Issue 16 item 6 (ADR 036), its Done-when: a member representative raises an application with a
// .docx attachment; the preparation group prepares it (and is not offered "Återremittera"); it goes
// on the agenda of a board meeting held today, and the board decides it in the minutes.
test.describe.configure({ mode: 'serial', timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const BASE = '/forbund/finsamgotland';
const TITLE = 'Ansökan om samverkansmedel: Arbetsträning Slite 2027';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Today in Sweden, as the meeting form's date and time field wants it. */
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** A minimal real Word document: the package's content types, its relationships and the main part (made once: a zip holds times). */
const DOCX = makeDocx();
function makeDocx(): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ansökan: Arbetsträning Slite 2027</w:t></w:r></w:p></w:body></w:document>',
      ),
    }),
  );
}

async function as(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto(path);
  return page;
}

let matterPath = '';

test('the member representative raises the application for her own member, with a .docx', async ({ browser }) => {
  const eva = await as(browser, 'medlem@finsamgotland.se', `${BASE}/arenden`);
  await eva.getByRole('link', { name: 'Väck ärende' }).click();
  // She raises for the member she represents, and no other.
  const member = eva.getByLabel('Från medlem');
  await expect(member.locator('option')).toHaveText(['Region Gotland']);
  await eva.getByLabel('Typ av ärende').selectOption('APPLICATION');
  await eva.getByLabel('Rubrik').fill(TITLE);
  await eva.getByLabel('Sökt belopp (kr)').fill('300 000');
  await eva.getByLabel('Period från').fill('2027-01-01');
  await eva.getByLabel('Period till').fill('2027-12-31');
  await eva.getByRole('button', { name: 'Väck ärendet' }).click();
  await expect(eva.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(eva.getByTestId('matter-status')).toHaveText('Väckt');
  await expect(eva.getByText('Eva Lundgren (Region Gotland)')).toBeVisible();
  matterPath = new URL(eva.url()).pathname;
  // Preparing is not hers.
  await expect(eva.getByRole('button', { name: 'Börja bereda' })).toHaveCount(0);

  const upload = eva.getByTestId('matter-upload');
  // A text file named .docx is refused, with the reason.
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: 'falsk.docx', mimeType: DOCX_TYPE, buffer: Buffer.from('Detta är ingen Word-fil.') });
  await upload.getByRole('button', { name: 'Bifoga fil' }).click();
  await expect(upload).toContainText('Filen heter .docx men innehållet är inte en sådan fil.');
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: 'ansokan-slite.docx', mimeType: DOCX_TYPE, buffer: DOCX });
  await upload.getByRole('button', { name: 'Bifoga fil' }).click();
  const link = eva.getByTestId('matter-attachments').getByRole('link', { name: 'ansokan-slite.docx' });
  await expect(link).toBeVisible();
  await expect(eva.getByTestId('matter-attachments').getByRole('link')).toHaveCount(1);

  // Served as a Word download, byte for byte.
  const response = await eva.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe(DOCX_TYPE);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(Buffer.from(await response.body()).equals(DOCX)).toBe(true);
  await eva.context().close();
});

test('the preparation group prepares it; sending back is not offered to it, and refused with its reason', async ({
  browser,
}) => {
  const johan = await as(browser, 'beredning@finsamgotland.se', matterPath);
  await expect(johan.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(johan.getByRole('button', { name: 'Återremittera' })).toHaveCount(0);
  await expect(johan.getByRole('button', { name: 'Återkalla' })).toHaveCount(0);
  await johan.getByRole('button', { name: 'Börja bereda' }).click();
  await expect(johan.getByTestId('matter-status')).toHaveText('Under beredning');
  await expect(johan.getByTestId('matter-return-by-board')).toHaveText(
    'Återremiss beslutas av styrelsen och protokollförs vid sammanträdet.',
  );
  // He neither raised it nor comes from the region: no jäv warning.
  await expect(johan.getByTestId('matter-conflict-warning')).toHaveCount(0);

  // Asked for directly through the server action, återremiss is refused with its own reason.
  const action = serverActions().find((a) => a.name === 'matterStepAction')!;
  const matterId = matterPath.split('/').pop()!;
  const reply = await postAction(johan.request, new URL(johan.url()).origin, matterPath, action.id, [
    'finsamgotland',
    { step: 'return', matterId, version: 2 },
  ]);
  expect(await reply.text()).toContain('Återremiss är ett styrelsebeslut.');

  await johan.getByLabel('Beredningens bedömning').fill('Insatsen svarar mot fokusområdet arbete för unga vuxna.');
  await johan.getByLabel('Förslag till beslut').fill('Styrelsen beviljar 300 000 kr för 2027.');
  await johan.getByRole('button', { name: 'Spara beredningen' }).click();
  await expect(johan.getByText('Sparat.')).toBeVisible();
  await johan.getByRole('button', { name: 'Markera som berett' }).click();
  await expect(johan.getByTestId('matter-status')).toHaveText('Berett');
  await johan.context().close();
});

test('the office puts it on the agenda of a board meeting held today; the board decides it', async ({ browser }) => {
  const director = await as(browser, 'chef@samplan.se', `${BASE}/sammantraden/ny`);
  await director.getByLabel('Organ').selectOption('BOARD');
  await director.getByLabel('Rubrik').fill('Extra styrelsemöte om ansökningar');
  await director.getByLabel('Datum och tid').fill(`${TODAY}T00:05`);
  await director.getByLabel('Plats eller länk').fill('Visby');
  await director.getByRole('button', { name: 'Skapa sammanträdet' }).click();
  await expect(director.getByRole('heading', { level: 1 })).toContainText('Extra styrelsemöte om ansökningar');
  await expect(director.getByTestId('agenda')).toBeVisible();
  const meetingPath = new URL(director.url()).pathname;

  const select = director.getByLabel('Berett ärende');
  const value = await select.locator('option', { hasText: TITLE }).getAttribute('value');
  await select.selectOption(value!);
  await director.getByRole('button', { name: 'Sätt på dagordningen' }).click();
  await expect(director.getByTestId('agenda-item').filter({ hasText: TITLE })).toBeVisible();

  const attendance = director.getByTestId('attendance');
  for (const name of ['Lars Hedin', 'Karin Bergqvist', 'Omar Haddad'])
    await attendance.getByLabel(`Närvarande: ${name}`).check();
  await expect(director.getByTestId('quorum-verdict')).toHaveText(/^beslutsför$/i);
  await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
  await expect(async () => {
    await director.reload();
    await expect(director.getByTestId('attendance').getByLabel('Närvarande: Omar Haddad')).toBeChecked({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });

  await director.goto(`${meetingPath}/protokoll`);
  const form = director.getByTestId('add-paragraph-form');
  const item = form.getByLabel('Från dagordningen');
  await item.selectOption((await item.locator('option', { hasText: TITLE }).getAttribute('value'))!);
  await form.getByLabel('Ärendets behandling').fill('Förbundschefen föredrog Region Gotlands ansökan.');
  await form.getByRole('button', { name: 'Lägg till paragraf' }).click();
  const paragraph = director.getByTestId('minutes-paragraph').filter({ hasText: TITLE });
  await expect(paragraph).toBeVisible();
  await paragraph
    .getByTestId('decision-form')
    .getByLabel('Beslut', { exact: true })
    .fill('Styrelsen beviljar Region Gotland 300 000 kr för Arbetsträning Slite 2027.');
  await paragraph.getByTestId('decision-submit').click();
  await expect(paragraph).toContainText('Beslutat');

  await expect(paragraph.getByTestId('paragraph-decision')).toHaveText(
    'Styrelsen beviljar Region Gotland 300 000 kr för Arbetsträning Slite 2027.',
  );
  // The matter page, read anew until it shows the stored decision.
  await expect(async () => {
    await director.goto(matterPath);
    await expect(director.getByTestId('matter-status')).toHaveText('Beslutat', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(director.getByTestId('matter-history')).toContainText('Beslutades');
  await director.context().close();
});
