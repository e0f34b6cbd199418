import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAndWait } from './support';

// The terms lie in the future (2031–2034) and go to people without a seat (the preparation group's
// Johan, the member representative Eva, the auditor Per), so the seeded board, its meetings and quorum
// stay as they are for the specs that run after this one.
const page_ = '/forbund/finsamgotland/installningar/styrelse';
const FROM = '2031-01-01';
const TO = '2034-12-31';

async function fillSeat(
  page: Page,
  seat: { kind: string; members: string[]; joint?: boolean; person: string; from: string; to: string },
) {
  const form = page.getByTestId('add-seat-form');
  await form.getByTestId('seat-kind').selectOption({ label: seat.kind });
  await form.getByTestId('seat-joint').setChecked(seat.joint ?? false);
  const members = form.getByTestId('seat-members');
  for (const box of await members.getByRole('checkbox').all()) await box.setChecked(false);
  for (const name of seat.members) await members.getByLabel(name).check();
  await form.getByTestId('seat-person').selectOption({ label: seat.person });
  await form.getByTestId('seat-from').fill(seat.from);
  await form.getByTestId('seat-to').fill(seat.to);
}

test('the director fills a jointly held seat, its deputy and a co-opted person; a term ending before it starts is refused next to the field', async ({
  page,
}) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto(page_);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Styrelse och uppdrag');
  await expect(page.getByTestId('settings-nav')).toContainText('Styrelse och uppdrag');
  const seatsBefore = await page.getByTestId('board-seat').count();
  const form = page.getByTestId('add-seat-form');

  // A term ending before it starts: the error stands next to "Till och med", nothing is added.
  await fillSeat(page, {
    kind: 'Ordinarie ledamot',
    members: ['Försäkringskassan', 'Arbetsförmedlingen'],
    joint: true,
    person: 'Johan Wikström',
    from: FROM,
    to: '2030-12-31',
  });
  await form.getByTestId('add-seat-submit').click();
  const toField = form.getByLabel('Till och med');
  await expect(toField).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByTestId('field-error')).toHaveText('Perioden kan inte sluta innan den börjar.');

  // A joint seat with only one member is refused next to the members.
  await fillSeat(page, {
    kind: 'Ordinarie ledamot',
    members: ['Försäkringskassan'],
    joint: true,
    person: 'Johan Wikström',
    from: FROM,
    to: TO,
  });
  await form.getByTestId('add-seat-submit').click();
  await expect(form.getByTestId('seat-members')).toContainText('En gemensam plats måste tillhöra minst två medlemmar.');

  // The jointly held ordinary seat.
  await fillSeat(page, {
    kind: 'Ordinarie ledamot',
    members: ['Försäkringskassan', 'Arbetsförmedlingen'],
    joint: true,
    person: 'Johan Wikström',
    from: FROM,
    to: TO,
  });
  await form.getByTestId('add-seat-submit').click();
  await expect(form.getByTestId('seat-added')).toBeVisible();
  await expect(page.getByTestId('board-seat')).toHaveCount(seatsBefore + 1);
  const jointRow = page.getByTestId('board-seat').filter({ hasText: 'gemensamt' });
  await expect(jointRow).toContainText('Försäkringskassan, Arbetsförmedlingen (gemensamt)');
  await expect(jointRow).toContainText(`${FROM} – ${TO}`);

  // Its deputy: FinsamGotland calls deputies in order, so the form asks for the place in the order.
  await fillSeat(page, {
    kind: 'Ersättare',
    members: ['Försäkringskassan', 'Arbetsförmedlingen'],
    joint: true,
    person: 'Eva Lundgren',
    from: FROM,
    to: TO,
  });
  await expect(form.getByText('Ersättarna kallas in i turordning')).toBeVisible();
  await form.getByTestId('seat-deputy-order').fill('9');
  await form.getByTestId('add-seat-submit').click();
  await expect(form.getByTestId('seat-added')).toBeVisible();
  await expect(page.getByTestId('board-seat').filter({ hasText: 'Ersättare nr 9' })).toHaveCount(1);

  // A co-opted person: attends without a vote, belongs to no member here.
  await fillSeat(page, { kind: 'Adjungerad (utan rösträtt)', members: [], person: 'Per Sandberg', from: FROM, to: TO });
  await form.getByTestId('add-seat-submit').click();
  await expect(form.getByTestId('seat-added')).toBeVisible();
  await expect(page.getByTestId('board-seat')).toHaveCount(seatsBefore + 3);
  await expect(
    page.getByTestId('board-seat').filter({ hasText: 'Adjungerad (utan rösträtt)' }).filter({ hasText: FROM }),
  ).toHaveCount(1);
});

test('a board member reads the bodies without the forms', async ({ page }) => {
  await signInAndWait(page, 'ordforande@finsamgotland.se');
  await page.goto(page_);
  await expect(page.getByTestId('body-board')).toBeVisible();
  await expect(page.getByTestId('add-seat-form')).toHaveCount(0);
  await expect(page.getByText('Bara förbundschefen och administratören kan ändra styrelse och uppdrag.')).toBeVisible();
});

test('another association’s settings answer 404', async ({ page }) => {
  await signInAndWait(page, 'ordforande@finsamgotland.se');
  const response = await page.goto('/forbund/sjobygden/installningar/styrelse');
  expect(response?.status()).toBe(404);
});

test('the page passes axe with its field errors shown and past terms open', async ({ page }) => {
  await signInAndWait(page, 'chef@samplan.se');
  await page.goto(`${page_}?historik=1`);
  await expect(page.getByRole('link', { name: 'Dölj avslutade mandatperioder' })).toBeVisible();
  const form = page.getByTestId('add-seat-form');
  await form.getByTestId('seat-from').fill(FROM);
  await form.getByTestId('seat-to').fill('2030-12-31');
  await form.getByTestId('add-seat-submit').click();
  await expect(form.getByTestId('field-error').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
