import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support';

// FinsamGotland's 2027 draft goes to preparation and consultation, with comments and an answer,
// and is taken back to draft at the end so later specs find the seeded state (the PLAN matter
// and the board are left to the integration test and the minutes' whole-road test).
// The machine may be slow (several builds at once): generous timeouts for signing in.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const WORKFLOW = '/forbund/finsamgotland/plan/arbetsgang?ar=2027';

async function as(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto(WORKFLOW);
  return page;
}

async function expectCurrentStep(page: Page, status: string) {
  await expect(page.getByTestId(`step-${status}`)).toHaveAttribute('data-state', 'current');
}

test('the 2027 draft goes through preparation and consultation with comments per section and the director’s answers', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const director = await as(browser, 'chef@samplan.se');
  await expectCurrentStep(director, 'DRAFT');
  await expect(director.getByTestId('blocking-errors')).toHaveCount(0);
  // The members' consultation of February 2026, one conclusion already considered.
  await expect(director.getByTestId('consultation-conclusions').getByTestId('conclusion')).toHaveCount(3);
  await expect(director.getByTestId('consideration-form').first().getByRole('textbox')).toBeVisible();

  await director.getByTestId('workflow-sendToPreparation').click();
  await expectCurrentStep(director, 'IN_PREPARATION');

  // The member representative cannot comment during preparation.
  const member = await as(browser, 'medlem@finsamgotland.se');
  await expect(member.getByTestId('step-IN_PREPARATION')).toHaveAttribute('data-state', 'current');
  await expect(member.getByTestId('comment-form')).toHaveCount(0);

  const preparer = await as(browser, 'beredning@finsamgotland.se');
  const prepForm = preparer.getByTestId('comment-form');
  await prepForm.getByLabel('Avsnitt').selectOption({ index: 1 });
  await prepForm.getByLabel('Din kommentar').fill('Beredningen önskar ett tydligare mål för unga vuxna.');
  await prepForm.getByRole('button', { name: 'Skicka kommentar' }).click();
  await expect(
    preparer.getByTestId('plan-comment').filter({ hasText: 'Beredningen önskar ett tydligare mål för unga vuxna.' }),
  ).toBeVisible();

  await director.reload();
  await director.getByTestId('workflow-sendToConsultation').click();
  await expectCurrentStep(director, 'IN_CONSULTATION');

  await preparer.reload();
  await expect(preparer.getByTestId('comment-form')).toHaveCount(0);

  await member.reload();
  const memberForm = member.getByTestId('comment-form');
  await memberForm.getByLabel('Avsnitt').selectOption({ index: 2 });
  await memberForm.getByLabel('Din kommentar').fill('Region Gotland vill se IPS som ett fokusområde.');
  await memberForm.getByRole('button', { name: 'Skicka kommentar' }).click();
  const memberComment = member
    .getByTestId('plan-comment')
    .filter({ hasText: 'Region Gotland vill se IPS som ett fokusområde.' });
  await expect(memberComment).toContainText('Samråd');
  await expect(memberComment).toContainText('Väntar på svar');

  await director.reload();
  const toAnswer = director
    .getByTestId('plan-comment')
    .filter({ hasText: 'Region Gotland vill se IPS som ett fokusområde.' });
  await toAnswer.getByLabel('Förbundschefens svar').fill('IPS finns med som fokusområde 3.');
  await toAnswer.getByRole('button', { name: 'Spara svar' }).click();
  await expect(toAnswer.getByTestId('comment-reply')).toContainText('IPS finns med som fokusområde 3.');

  await member.reload();
  await expect(
    member.getByTestId('plan-comment').filter({ hasText: 'Region Gotland vill se IPS' }).getByTestId('comment-reply'),
  ).toContainText('IPS finns med som fokusområde 3.');

  // The way on is to the board; that step is the integration test's and the minutes' (not taken here).
  await expect(director.getByTestId('workflow-sendToBoard')).toBeEnabled();

  // The member representative sees the plan under "Att göra".
  await member.goto('/forbund/finsamgotland/att-gora');
  await expect(member.getByTestId('tasks-comments')).toContainText('Verksamhets- och budgetplan 2027');

  await director.getByTestId('workflow-returnToDraft').click();
  await expectCurrentStep(director, 'DRAFT');
});

test('the dashboard shows where next year’s plan stands', async ({ page }) => {
  await signIn(page, 'ordforande@finsamgotland.se');
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto('/forbund/finsamgotland');
  await expect(page.getByTestId('plan-road')).toBeVisible();
  await expect(page.getByTestId('plan-road').getByTestId('step-DRAFT')).toBeVisible();
});

test('the board member finds the meeting book of the next board meeting under "Att göra"', async ({ page }) => {
  await signIn(page, 'ledamot@finsamgotland.se');
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto('/forbund/finsamgotland/att-gora');
  await expect(page.getByTestId('meeting-book')).toContainText('Styrelsemöte');
  await expect(page.getByTestId('meeting-book').getByTestId('book-item').first()).toContainText('Mötets öppnande');
});

test('the administrator records a conclusion of the members’ consultation', async ({ page }) => {
  await signIn(page, 'admin@finsamgotland.se');
  await expect(page).toHaveURL(/\/forbund/, { timeout: 30_000 });
  await page.goto('/forbund/finsamgotland/plan/medlemssamrad?ar=2026');
  await expect(page.getByTestId('conclusions').getByTestId('conclusion')).toHaveCount(3);
  const form = page.getByTestId('conclusion-form');
  await form.getByRole('button', { name: 'Lägg till slutsats' }).click();
  await expect(form.getByText('Fyll i fältet.').first()).toBeVisible();
  await form.getByLabel('Fråga').fill('Hur involveras arbetsgivare?');
  await form.getByLabel('Slutsats', { exact: true }).fill('Arbetsgivare bjuds in till ett gemensamt nätverk 2027.');
  await form.getByRole('button', { name: 'Lägg till slutsats' }).click();
  await expect(page.getByTestId('conclusions').getByTestId('conclusion')).toHaveCount(4);
  const added = page
    .getByTestId('conclusions')
    .getByTestId('conclusion')
    .filter({ hasText: 'Hur involveras arbetsgivare?' });
  page.once('dialog', (dialog) => void dialog.accept());
  await added.getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByTestId('conclusions').getByTestId('conclusion')).toHaveCount(3);
});
