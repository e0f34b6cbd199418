import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { calendarDateIn } from '../src/domain/calendar/local-date';
import { digestTimeOn, stockholmDay } from '../src/domain/mail/digest';
import { signInAndWait } from './support';

/**
 * A board member (the chair) chooses the daily digest for the adoption-deadline reminder on
 * /konto/e-post. The reminder falls due (the association's deadline is set 7 days ahead and the
 * housekeeping runs): the director gets it at once, the chair gets nothing yet. The housekeeping CLI
 * run with the clock at 07:05 the next morning sends the chair exactly one digest, read from the
 * demo inbox (CaughtMail), and a second run sends nothing more.
 */

const databaseUrl =
  process.env.E2E_DATABASE_URL ??
  `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;
const CHAIR = 'ordforande@finsamgotland.se';
const DIRECTOR = 'chef@samplan.se';
const run = promisify(execFile);

async function housekeeping(now?: Date): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      '--conditions=react-server',
      'src/cli/mail-housekeeping.ts',
      ...(now ? ['--now', now.toISOString()] : []),
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
  );
  return stdout;
}

async function caught(
  client: pg.Client,
  to: string,
  subjectLike: string,
): Promise<{ subject: string; text: string }[]> {
  const { rows } = await client.query<{ subject: string; textBody: string }>(
    `SELECT subject, "textBody" FROM "CaughtMail" WHERE $1 = ANY("toAddresses") AND subject LIKE $2 ORDER BY "receivedAt"`,
    [to, subjectLike],
  );
  return rows.map((r) => ({ subject: r.subject, text: r.textBody }));
}

test('a board member who chose the daily digest gets the reminder in one digest the next morning', async ({ page }) => {
  test.setTimeout(180_000);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const settingsBefore = await client.query(
    `SELECT s."adoptionDeadlineMonth" AS month, s."adoptionDeadlineDay" AS day FROM "AssociationRules" s JOIN "Association" a ON a.id = s."associationId" WHERE a.slug = 'finsamgotland' ORDER BY s."effectiveFromYear" LIMIT 1`,
  );
  try {
    await signInAndWait(page, CHAIR);
    await page.getByRole('link', { name: 'E-postinställningar' }).click();
    await expect(page).toHaveURL(/\/konto\/e-post$/);
    await expect(page.getByRole('heading', { name: 'E-post', level: 1 })).toBeVisible();
    await expect(page.getByTestId('mandatory-mail')).toContainText('Kallelse till sammanträde');
    await page.getByLabel('Påminnelse om sista dag att anta planen').selectOption({ label: 'Daglig sammanfattning' });
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByTestId('mail-preferences-form').getByRole('status')).toHaveText('Sparat');
    await page.reload();
    await expect(page.getByLabel('Påminnelse om sista dag att anta planen')).toHaveValue('DIGEST');

    // Next year's plan of FinsamGotland is a draft: with the deadline 7 days ahead, the 7-day reminder is due now.
    const today = calendarDateIn(new Date());
    const week = new Date(Date.UTC(today.year, today.month - 1, today.day + 7));
    const inYear = week.getUTCFullYear() === today.year ? week : new Date(Date.UTC(today.year, 11, 31));
    await client.query(
      `UPDATE "AssociationRules" SET "adoptionDeadlineMonth" = $1, "adoptionDeadlineDay" = $2 WHERE "associationId" = (SELECT id FROM "Association" WHERE slug = 'finsamgotland')`,
      [inYear.getUTCMonth() + 1, inYear.getUTCDate()],
    );
    await housekeeping();

    // The director gets the reminder at once; the chair's waits for the digest.
    await expect.poll(async () => (await caught(client, DIRECTOR, 'Påminnelse:%')).length, { timeout: 30_000 }).toBe(1);
    expect(await caught(client, CHAIR, 'Påminnelse:%')).toEqual([]);
    const waiting = await client.query(
      `SELECT o.status FROM "OutboxMail" o JOIN "Person" p ON p.id = o."personId" WHERE p.email = $1 AND o.kind = 'ADOPTION_DEADLINE'`,
      [CHAIR],
    );
    expect(waiting.rows).toEqual([{ status: 'DIGEST_PENDING' }]);

    // 07:05 Swedish time the next morning: one digest, listing the reminder with its link.
    const tomorrow = new Date(digestTimeOn(stockholmDay(new Date())).getTime() + 24 * 3_600_000);
    const nextMorning = new Date(digestTimeOn(stockholmDay(tomorrow)).getTime() + 5 * 60_000);
    expect(await housekeeping(nextMorning)).toContain('1 digests with 1 mails');
    await expect
      .poll(async () => (await caught(client, CHAIR, 'Samplan: sammanfattning%')).length, { timeout: 30_000 })
      .toBe(1);
    const [digest] = await caught(client, CHAIR, 'Samplan: sammanfattning%');
    expect(digest!.subject).toBe(`Samplan: sammanfattning ${stockholmDay(nextMorning)} (1 meddelande)`);
    expect(digest!.text).toMatch(/1\. Påminnelse: verksamhetsplanen \d{4} ska antas/);
    expect(digest!.text).toMatch(/\/forbund\/finsamgotland\/plan\/arbetsgang\?ar=\d{4}>/);

    // Running again (the hourly task, or twice by hand) sends nothing more.
    expect(await housekeeping(nextMorning)).toContain('0 digests');
    await page.waitForTimeout(2_000);
    expect(await caught(client, CHAIR, 'Samplan: sammanfattning%')).toHaveLength(1);
    expect(await caught(client, CHAIR, 'Påminnelse:%')).toEqual([]);
  } finally {
    const before = settingsBefore.rows[0] as { month: number; day: number } | undefined;
    if (before)
      await client.query(
        `UPDATE "AssociationRules" SET "adoptionDeadlineMonth" = $1, "adoptionDeadlineDay" = $2 WHERE "associationId" = (SELECT id FROM "Association" WHERE slug = 'finsamgotland')`,
        [before.month, before.day],
      );
    await client.end();
  }
});
