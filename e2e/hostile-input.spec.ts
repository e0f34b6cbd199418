import { readFileSync } from 'node:fs';
import { expect, request as playwright, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import pg from 'pg';
import { signIn } from './support';

/**
 * Hostile input over HTTP (issue 9, item 2; ADR 025): server actions posted with the director's
 * session with a body over the limit, malformed JSON, wrong-shaped argument lists, hostile values
 * and a zip bomb through the import form. Each answer is a refusal or a 4xx, shows no stack trace
 * or internal message, the database is unchanged and the next ordinary request works.
 */

const SLUG = 'finsamgotland';
const base = `/forbund/${SLUG}`;
const databaseUrl =
  process.env.E2E_DATABASE_URL ??
  `postgresql://samplan:samplan@127.0.0.1:${process.env.E2E_PG_PORT ?? 54331}/samplan_e2e`;

/** Row count and sum of `version` of every table (sign-in attempts aside: signing in writes one). */
async function fingerprint(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_name: string; has_version: boolean }>(
      `SELECT table_name, bool_or(column_name = 'version') AS has_version FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%' AND table_name <> 'SignInAttempt' GROUP BY table_name ORDER BY table_name`,
    );
    const parts = columns.map(
      (c) =>
        `SELECT '${c.table_name}' AS t, count(*)::text AS n, ${c.has_version ? 'coalesce(sum(version), 0)::text' : "'-'"} AS v FROM "${c.table_name}"`,
    );
    const { rows } = await client.query<{ t: string; n: string; v: string }>(parts.join(' UNION ALL '));
    return rows
      .map((r) => `${r.t}:${r.n}:${r.v}`)
      .sort()
      .join(' ');
  } finally {
    await client.end();
  }
}

async function ids(): Promise<{ draftPlan: string; draftLine: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ plan: string; line: string }>(
      `SELECT p.id AS plan, l.id AS line FROM "Plan" p JOIN "Association" a ON a.id = p."associationId" JOIN "BudgetLine" l ON l."planId" = p.id
       WHERE a.slug = $1 AND p.status = 'DRAFT' AND l.type = 'COST' ORDER BY p.year, l."order" LIMIT 1`,
      [SLUG],
    );
    return { draftPlan: rows[0]!.plan, draftLine: rows[0]!.line };
  } finally {
    await client.end();
  }
}

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

/** No stack trace, file path or internal error text in what the client gets. */
function expectNothingInternal(body: string, label: string) {
  for (const leak of [
    /\n\s+at [\w.<>]+ \(/,
    /node_modules/,
    /\/src\/server\//,
    /Prisma\w*Error/,
    /ZodError/,
    /RangeError|TypeError|SyntaxError: /,
    /invalid input syntax/i,
  ]) {
    expect(body, `${label}: ${leak}`).not.toMatch(leak);
  }
}

test.describe.serial('hostile input over HTTP', () => {
  test.setTimeout(120_000);
  let request: APIRequestContext;
  let origin: string;
  let before: string;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await browser.newPage();
    await signIn(page, 'chef@samplan.se');
    await expect(page).toHaveURL(/\/forbund/, { timeout: 90_000 }); // signing in is slow on a loaded machine
    request = page.request;
    origin = new URL(page.url()).origin;
    before = await fingerprint();
  });

  async function stillServing() {
    const response = await request.get(`${base}/budget?ar=2027`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Budget');
  }

  const post = (path: string, name: string, body: string | Buffer, contentType = 'text/plain;charset=UTF-8') =>
    request.post(path, {
      headers: { 'next-action': actionId(name), accept: 'text/x-component', origin, 'content-type': contentType },
      data: body,
    });

  /** 'refused' (an ActionResult refusal), '4xx', or 'digest' (500 carrying only Next's error digest). */
  async function outcomeOf(response: APIResponse, label: string): Promise<string> {
    const body = await response.text();
    expectNothingInternal(body, label);
    const refusal = /"ok":false,"code":"(VALIDATION|NOT_FOUND|FORBIDDEN|CONFLICT|LOCKED|STALE)"/.exec(body)?.[1];
    if (refusal) return refusal;
    const status = response.status();
    if (status >= 400 && status < 500) return `${status}`;
    if (status === 500 && /^0:\{[^\n]*\}\n1:E\{"digest":"\d+"\}$/.test(body.trim())) return 'digest';
    return `HTTP ${status} ${body.slice(0, 200)}`;
  }

  test('a body over the size limit is refused (413 or a 4xx) and the server keeps serving', async () => {
    const { draftLine } = await ids();
    const huge = JSON.stringify([
      SLUG,
      { lineId: draftLine, year: 2027, kind: 'BUDGET', amount: '1'.repeat(7 * 1024 * 1024), version: null },
    ]);
    const response = await post(`${base}/budget`, 'saveBudgetCellAction', huge);
    const body = await response.text();
    expectNothingInternal(body, 'huge body');
    // The proxy refuses an action post declaring more than serverActions.bodySizeLimit (src/domain/security/request-limits.ts).
    expect(response.status(), `huge body: ${body.slice(0, 200)}`).toBe(413);
    expect(body).toContain('för stort');
    // The server closes that connection without reading the rest of the body: go on over new ones.
    request = await playwright.newContext({ baseURL: origin, storageState: await request.storageState() });
    await stillServing();
  });

  test('malformed JSON and wrong-shaped argument lists are refused', async () => {
    const { draftLine } = await ids();
    // Bodies no form of ours sends: Next's decoder, or the action reading a missing argument, fails
    // before any use case runs. Allowed: a refusal, a 4xx, or a 500 with only a digest (ADR 025).
    const broken: [string, string][] = [
      ['malformed JSON', '[{"slug": "finsamgotland", "lineId": '],
      ['not JSON', `' OR 1=1 --`],
      ['an object, not a list', JSON.stringify({ slug: SLUG })],
      ['empty list', '[]'],
      ['null argument', '[null]'],
      ['numbers', '[1,2,3,4,5,6,7,8,9]'],
      ['a string argument', JSON.stringify(['<script>alert(1)</script>'])],
    ];
    // Well-formed calls with hostile values: each must be a refusal the form can show.
    const hostile: [string, string][] = [
      [
        '__proto__ keys',
        `["${SLUG}",{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"lineId":"${draftLine}","year":2027,"kind":"BUDGET","amount":"1","version":null}]`,
      ],
      [
        '10^20 kronor',
        JSON.stringify([
          SLUG,
          { lineId: draftLine, year: 2027, kind: 'BUDGET', amount: '100000000000000000000', version: null },
        ]),
      ],
      [
        'NaN kronor',
        JSON.stringify([SLUG, { lineId: draftLine, year: 2027, kind: 'BUDGET', amount: 'NaN', version: null }]),
      ],
      [
        'a wrong year',
        JSON.stringify([SLUG, { lineId: draftLine, year: '2026; --', kind: 'BUDGET', amount: '1', version: null }]),
      ],
      [
        'an SQL id',
        JSON.stringify([
          SLUG,
          { lineId: `'; DROP TABLE "Plan"; --`, year: 2027, kind: 'BUDGET', amount: '1', version: null },
        ]),
      ],
      [
        'another association',
        JSON.stringify([`' OR 1=1 --`, { lineId: draftLine, year: 2027, kind: 'BUDGET', amount: '1', version: null }]),
      ],
    ];
    const answers: Record<string, string> = {};
    for (const [label, body] of [...broken, ...hostile])
      answers[label] = await outcomeOf(await post(`${base}/budget`, 'saveBudgetCellAction', body), label);
    console.log('hostile-input over HTTP:', JSON.stringify(answers));
    for (const [label] of broken)
      expect(
        ['refused', 'digest', '400', '404', '413'].concat(['VALIDATION', 'NOT_FOUND', 'FORBIDDEN']),
        label,
      ).toContain(answers[label]);
    for (const [label] of hostile)
      expect(['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'LOCKED', 'STALE'], label).toContain(answers[label]);
    await stillServing();
    expect(await fingerprint()).toBe(before);
  });

  test('people and password actions refuse hostile text without a trace (issue 15)', async () => {
    const evil = [`'; DROP TABLE "Person"; --`, '<script>alert(1)</script>', '\u202eabc\u202d', 'x'.repeat(5000)];
    const answers: Record<string, string> = {};
    for (const [index, text] of evil.entries()) {
      const calls: [string, string, string][] = [
        [
          `${base}/installningar/personer`,
          'invitePersonAction',
          JSON.stringify([
            SLUG,
            { email: text, name: text, roles: [{ role: text, memberId: text, validFrom: text, validTo: text }] },
          ]),
        ],
        [
          `${base}/installningar/personer`,
          'revokeInvitationAction',
          JSON.stringify([SLUG, { invitationId: text, version: 1 }]),
        ],
        [
          '/inbjudan/x',
          'acceptInvitationAction',
          JSON.stringify([{ token: text, name: text, password: text, passwordAgain: text }]),
        ],
        ['/losenord/x', 'resetPasswordAction', JSON.stringify([{ token: text, password: text, passwordAgain: text }])],
        [
          '/konto/losenord',
          'changePasswordAction',
          JSON.stringify([{ currentPassword: text, password: text, passwordAgain: text }]),
        ],
      ];
      for (const [path, name, body] of calls)
        answers[`${name} #${index}`] = await outcomeOf(await post(path, name, body), `${name} #${index}`);
      // Always the same answer, whatever the address: ok, and nothing written.
      const reset = await post('/losenord/glomt', 'requestPasswordResetAction', JSON.stringify([{ email: text }]));
      expectNothingInternal(await reset.text(), `requestPasswordResetAction #${index}`);
      expect(reset.status()).toBe(200);
    }
    console.log('hostile people input:', JSON.stringify(answers));
    for (const [label, answer] of Object.entries(answers))
      expect(['VALIDATION', 'NOT_FOUND', 'CONFLICT'], label).toContain(answer);
    await stillServing();
    expect(await fingerprint()).toBe(before);
  });

  test('a zip bomb disguised as .xlsx through the import form is refused with a Swedish message', async () => {
    const { draftPlan } = await ids();
    const parts = { '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') };
    const bomb = zipSync({ ...parts, 'xl/sharedStrings.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const files: [string, string, Uint8Array][] = [
      ['zip bomb', 'budget.xlsx', bomb],
      ['a zip that is no workbook', 'budget.xlsx', zipSync({ 'evil.sh': strToU8('rm -rf /') })],
      ['binary bytes', 'budget.csv', Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)],
    ];
    const expected: Record<string, string> = {
      'zip bomb': 'Excel-filen packas upp till mer än vad en budget rimligen kräver och läses därför inte.',
      'a zip that is no workbook': 'Filen är ett zip-arkiv men ingen Excel-fil (XLSX): välj en .xlsx- eller .csv-fil.',
      'binary bytes': 'Filtypen stöds inte: välj en CSV- eller XLSX-fil.',
    };
    for (const name of ['previewBudgetImportAction', 'importBudgetAction']) {
      for (const [label, fileName, bytes] of files) {
        // A FormData keeps the order React sends: the form's fields first, the root model ("0") last.
        const multipart = new FormData();
        multipart.append('_2_planId', draftPlan);
        multipart.append('_2_mode', 'replace');
        multipart.append(
          '_2_file',
          new Blob([new Uint8Array(bytes)], {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
          fileName,
        );
        multipart.append('0', JSON.stringify([SLUG, '$K2']));
        const response = await request.post(`${base}/budget/import`, {
          headers: { 'next-action': actionId(name), accept: 'text/x-component', origin },
          multipart,
        });
        const body = await response.text();
        expectNothingInternal(body, `${name} ${label}`);
        expect(response.status(), `${name} ${label}`).toBeLessThan(500);
        expect(body, `${name} ${label}`).toContain(expected[label]!);
      }
    }
    await stillServing();
    expect(await fingerprint()).toBe(before);
  });
});
