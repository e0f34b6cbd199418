/**
 * `npm run security:scan`: runs sqlmap (Debian's package) against the sign-in form, one form per
 * area (as the server-action posts the browser makes) and a page's `?ar=` query, on loopback,
 * against a production server of its own over a fresh seeded database (ADR 021).
 *
 * Every request carries a valid session (the director's) and otherwise valid fields, so it
 * reaches the use case: before sqlmap runs, each target's request is sent once unchanged and
 * must come back HTTP 200 with the use case's answer (ok, VALIDATION, CONFLICT, NOT_FOUND…),
 * never signed out or refused. Afterwards sqlmap's traffic log is tallied the same way.
 * Exits non-zero when sqlmap reports an injection point, when it does not finish, or when a
 * target does not get through.
 *
 * SCAN_TARGETS=sign-in,invoice runs only those targets; SCAN_PREFLIGHT_ONLY=1 stops before sqlmap.
 * Ports: SCAN_PORT (default E2E_PORT + 30) and SCAN_PG_PORT (default E2E_PG_PORT + 30).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { freshSeededDatabase } from './fresh-database';
import { runCli } from './run-cli';
import { startNext } from './run-next';

const PORT = Number(process.env.SCAN_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 30);
const PG_PORT = Number(process.env.SCAN_PG_PORT ?? Number(process.env.E2E_PG_PORT ?? 54331) + 30);
const HOST = `localhost:${PORT}`;
const BASE = `http://${HOST}`;
const SQLMAP = process.env.SQLMAP ?? '/usr/bin/sqlmap';
const OUT = path.resolve('.data/security-scan');
const PARALLEL = Number(process.env.SCAN_PARALLEL ?? 3);
const SLUG = 'finsamgotland';
const EMAIL = 'chef@samplan.se';
/** The account whose sign-in sqlmap attacks (another than the session's). */
const SIGN_IN_TARGET = 'ordforande@finsamgotland.se';

/**
 * What sqlmap tries (ADR 021): PostgreSQL payloads only (the app's one database), level 1 (the
 * marked parameters, no header/cookie injection), risk 1 (no OR-based or heavy queries that
 * could change data wholesale), all five techniques: boolean-blind, error-based, UNION,
 * stacked queries and time-based blind.
 */
const SQLMAP_OPTIONS = [
  '--batch',
  '--dbms=PostgreSQL',
  '--level=1',
  '--risk=1',
  '--technique=BEUST',
  '--time-sec=2',
  '--timeout=30',
  '--retries=1',
  '--disable-coloring',
  '--drop-set-cookie',
  '--ignore-stdin',
];

interface Target {
  name: string;
  area: string;
  /** What is injected. */
  points: string;
  method: 'GET' | 'POST';
  /** Path with query; `*` marks an injection point. */
  path: string;
  headers: Record<string, string>;
  /** `*` marks an injection point. */
  body?: string;
  /** The unchanged request's HTTP status. */
  status: number;
  /** Statuses that are the app's answer, not an authentication prompt (a failed sign-in is next-auth's 401). */
  ignoreCodes?: number[];
}

interface Answer {
  status: number;
  result: string;
  /** The start of a refusal's details (e.g. VALIDATION's field messages). */
  detail: string;
}

/** The use case's answer in a reply: a server action's ok/code, next-auth's error, or the page's status. */
function resultOf(status: number, text: string): string {
  if (/"ok":true/.test(text)) return 'ok';
  const code = /"ok":false,"code":"(\w+)"/.exec(text)?.[1];
  if (code) return code;
  const signInError = /[?&]error=(\w+)/.exec(text)?.[1];
  if (signInError) return `sign-in ${signInError}`;
  if (/next-auth\.session-token=[^;\s]/.test(text)) return 'signed in';
  return status === 200 ? 'page' : `HTTP ${status}`;
}

const REFUSED = /^(UNAUTHENTICATED|FORBIDDEN|sign-in MissingCSRF)$/;

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookiesOf(response).join('; ') };
}

async function signIn(email: string): Promise<string> {
  const { token, cookie } = await csrf();
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken: token, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`Sign-in over HTTP failed for ${email}: HTTP ${response.status}`);
  return session;
}

async function waitForServer() {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${BASE}/logga-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server on port ${PORT} did not start (see ${OUT}/server.log)`);
}

function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName ?? id, id]));
}

async function seededIds(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string, params: unknown[] = []) => {
      const row = (await client.query(sql, params)).rows[0] as { id: string } | undefined;
      if (!row) throw new Error(`No seeded row for: ${sql}`);
      return row.id;
    };
    const association = await one(`SELECT id FROM "Association" WHERE slug = $1`, [SLUG]);
    const draftPlan = await one(
      `SELECT id FROM "Plan" WHERE "associationId" = $1 AND status = 'DRAFT' ORDER BY year LIMIT 1`,
      [association],
    );
    const upcomingMeeting = await one(
      `SELECT id FROM "Meeting" WHERE "associationId" = $1 AND body = 'BOARD' AND status = 'PLANNED' ORDER BY "startsAt" LIMIT 1`,
      [association],
    );
    const draftLine = await one(
      `SELECT id FROM "BudgetLine" WHERE "planId" = $1 AND type = 'COST' ORDER BY "order" LIMIT 1`,
      [draftPlan],
    );
    const cell = (
      await client.query(
        `SELECT version FROM "BudgetAmount" WHERE "budgetLineId" = $1 AND year = 2027 AND kind = 'BUDGET'`,
        [draftLine],
      )
    ).rows[0] as { version: number } | undefined;
    return {
      draftPlan,
      draftLine,
      /** The cell's version as read, so the unchanged save succeeds once (later ones are STALE: the save's version check). */
      draftCellVersion: cell?.version ?? null,
      upcomingMeeting,
      agendaItem: await one(`SELECT id FROM "AgendaItem" WHERE "meetingId" = $1 ORDER BY "order" LIMIT 1`, [
        upcomingMeeting,
      ]),
      intervention: await one(
        `SELECT id FROM "Intervention" WHERE "associationId" = $1 AND status = 'RUNNING' ORDER BY name LIMIT 1`,
        [association],
      ),
    };
  } finally {
    await client.end();
  }
}

const zeroCounts = Object.fromEntries(
  [
    'women',
    'men',
    'otherOrUnknown',
    'newCount',
    'activeCount',
    'endedCount',
    'endedWork',
    'endedStudies',
    'endedWageSubsidy',
    'endedMemberService',
    'endedIllness',
    'endedOwnWish',
    'endedOther',
    'stepMovement',
  ].map((field) => [field, 0]),
);

/** JSON of a server action's arguments with `*` after the named string fields (sqlmap's injection marks). */
function markedJson(args: unknown[], marks: string[]): string {
  let json = JSON.stringify(args);
  for (const mark of marks) {
    const before = json;
    json = json.replace(new RegExp(`("${mark}":"[^"]*)"`), '$1*"');
    if (json === before) throw new Error(`No string field ${mark} to mark`);
  }
  return json;
}

/** Fields in order: React's reply decoder takes a FormData's fields that arrived before the root `0`. */
function multipart(boundary: string, fields: [string, string][]): string {
  return `${fields
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join('')}--${boundary}--\r\n`;
}

async function buildTargets(session: string, ids: Awaited<ReturnType<typeof seededIds>>): Promise<Target[]> {
  const actions = actionIds();
  const action = (name: string) => {
    const id = actions.get(name);
    if (!id) throw new Error(`No server action ${name} in the build`);
    return id;
  };
  const actionHeaders = (name: string, contentType = 'text/plain;charset=UTF-8') => ({
    'next-action': action(name),
    accept: 'text/x-component',
    'content-type': contentType,
    origin: BASE,
    cookie: session,
  });
  const base = `/forbund/${SLUG}`;
  const signInCsrf = await csrf();
  const boundary = '----samplanSecurityScan';
  return [
    {
      name: 'sign-in',
      area: 'sign-in (next-auth credentials)',
      points: 'email',
      status: 200,
      ignoreCodes: [401],
      method: 'POST',
      path: '/api/auth/callback/credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: signInCsrf.cookie },
      // The right password: the unchanged request signs in (and is never rate limited), so a payload
      // that made the lookup true would sign in too, which sqlmap's boolean test looks for.
      body: new URLSearchParams({
        csrfToken: signInCsrf.token,
        email: SIGN_IN_TARGET,
        password: DEMO_PASSWORD,
        json: 'true',
      })
        .toString()
        .replace(encodeURIComponent(SIGN_IN_TARGET), `${encodeURIComponent(SIGN_IN_TARGET)}*`),
    },
    {
      name: 'budget-cell',
      area: 'budget: save a cell',
      points: 'lineId, amount',
      status: 200,
      method: 'POST',
      path: `${base}/budget`,
      headers: actionHeaders('saveBudgetCellAction'),
      body: markedJson(
        [
          SLUG,
          {
            lineId: ids.draftLine,
            year: 2027,
            kind: 'BUDGET',
            amount: '100',
            version: ids.draftCellVersion,
          },
        ],
        ['lineId', 'amount'],
      ),
    },
    {
      name: 'invoice',
      area: 'invoices: register an invoice (multipart form)',
      points: 'supplier, budgetLineId',
      status: 200,
      method: 'POST',
      path: `${base}/fakturor`,
      headers: actionHeaders('recordInvoiceAction', `multipart/form-data; boundary=${boundary}`),
      body: multipart(boundary, [
        ['_1_supplier', 'Skanning AB*'],
        ['_1_invoiceNumber', 'S-1'],
        ['_1_invoiceDate', '2027-01-15'],
        ['_1_amountExclVat', '100'],
        ['_1_amountInclVat', '125'],
        ['_1_budgetLineId', `${ids.draftLine}*`],
        ['0', JSON.stringify([SLUG, '$K1'])],
      ]),
    },
    {
      name: 'plan-section',
      area: 'plan: add a section',
      points: 'planId, title',
      status: 200,
      method: 'POST',
      path: `${base}/plan`,
      headers: actionHeaders('savePlanSectionAction'),
      body: markedJson(
        [SLUG, { planId: ids.draftPlan, title: 'Skanning', level: 1, bodyMarkdown: 'Text' }],
        ['planId', 'title'],
      ),
    },
    {
      name: 'matter',
      area: 'matters: raise a matter',
      points: 'title, description',
      status: 200,
      method: 'POST',
      path: `${base}/arenden`,
      headers: actionHeaders('raiseMatterAction'),
      body: markedJson([SLUG, { kind: 'GENERAL', title: 'Skanning', description: 'Text' }], ['title', 'description']),
    },
    {
      name: 'minutes-paragraph',
      area: 'meetings/minutes: add a paragraph',
      points: 'meetingId, title',
      status: 200,
      method: 'POST',
      path: `${base}/sammantraden/${ids.upcomingMeeting}/protokoll`,
      headers: actionHeaders('addParagraphAction'),
      body: markedJson(
        [
          SLUG,
          {
            meetingId: ids.upcomingMeeting,
            agendaItemId: ids.agendaItem,
            title: 'Skanning',
            discussion: '',
            decisionText: '',
          },
        ],
        ['meetingId', 'title'],
      ),
    },
    {
      name: 'results-statistics',
      area: 'results: participant statistics',
      points: 'interventionId, note',
      status: 200,
      method: 'POST',
      path: `${base}/resultat`,
      headers: actionHeaders('saveParticipantStatsAction'),
      body: markedJson(
        [
          SLUG,
          {
            interventionId: ids.intervention,
            periodKind: 'MONTH',
            year: 2026,
            period: 12,
            ...zeroCounts,
            ageBandCounts: [0, 0, 0],
            note: 'Skanning',
            version: null,
          },
        ],
        ['interventionId', 'note'],
      ),
    },
    {
      name: 'page-year',
      area: 'page query: budget ?ar=',
      points: 'ar',
      status: 200,
      method: 'GET',
      path: `${base}/budget?ar=2026*`,
      headers: { cookie: session },
    },
  ];
}

function rawRequest(target: Target): string {
  const lines = [
    `${target.method} ${target.path} HTTP/1.1`,
    `Host: ${HOST}`,
    ...Object.entries(target.headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${target.body ?? ''}`;
}

/** The target's request unchanged (marks removed): it must reach the use case. */
async function preflight(target: Target): Promise<Answer> {
  const response = await fetch(`${BASE}${target.path.replaceAll('*', '')}`, {
    method: target.method,
    headers: target.headers,
    body: target.body?.replaceAll('*', ''),
    redirect: 'manual',
  });
  // The Set-Cookie headers too: a successful sign-in is told by its session cookie.
  const text = `${response.headers.getSetCookie().join('\n')}\n${await response.text()}`;
  const failure = text.indexOf('"ok":false');
  return {
    status: response.status,
    result: resultOf(response.status, text),
    detail: failure >= 0 ? text.slice(failure, failure + 160) : '',
  };
}

interface Outcome {
  target: Target;
  preflight: Answer;
  injectable: boolean;
  finished: boolean;
  requests: number;
  statuses: Record<string, number>;
  results: Record<string, number>;
  seconds: number;
  verdict: string;
}

/** Tallies sqlmap's traffic log: HTTP status and the use case's answer per response. */
function tallyTraffic(file: string) {
  const statuses: Record<string, number> = {};
  const results: Record<string, number> = {};
  if (!existsSync(file)) return { requests: 0, statuses, results };
  const text = readFileSync(file, 'utf8');
  // Each exchange: "HTTP request [#n]…", then "HTTP response [#n] (200 OK):", headers and body, then a line of 76 '#'.
  const responses = text.split(/\r?\n#{76}\r?\n/).filter((chunk) => /HTTP response \[#\d+\]/.test(chunk));
  for (const chunk of responses) {
    const status = /HTTP response \[#\d+\] \((\d+)/.exec(chunk)?.[1] ?? '?';
    statuses[status] = (statuses[status] ?? 0) + 1;
    const body = chunk.slice(chunk.indexOf('HTTP response')); // headers and body
    const result = resultOf(Number(status), body);
    results[result] = (results[result] ?? 0) + 1;
  }
  return { requests: responses.length, statuses, results };
}

function runSqlmap(target: Target, answer: Answer): Promise<Outcome> {
  const dir = path.join(OUT, target.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const requestFile = path.join(dir, 'request.txt');
  writeFileSync(requestFile, rawRequest(target));
  const traffic = path.join(dir, 'traffic.txt');
  const started = performance.now();
  const log = createWriteStream(path.join(dir, 'sqlmap.txt'));
  let output = '';
  return new Promise((resolve, reject) => {
    const ignore = target.ignoreCodes ? [`--ignore-code=${target.ignoreCodes.join(',')}`] : [];
    const child = spawn(
      SQLMAP,
      ['-r', requestFile, ...SQLMAP_OPTIONS, ...ignore, `--output-dir=${dir}`, '-t', traffic],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      // sqlmap writes <output-dir>/<host>/log only when it identified an injection point.
      const hostLogs = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(dir, entry.name, 'log'))
        .filter((file) => existsSync(file) && statSync(file).size > 0);
      const injectable = hostLogs.length > 0 || /identified the following injection point|is vulnerable/i.test(output);
      const finished =
        code === 0 &&
        /do not appear to be injectable|does not seem to be injectable|identified the following injection point/i.test(
          output,
        );
      const tally = tallyTraffic(traffic);
      const reached = Object.keys(tally.results).some((result) => !REFUSED.test(result) && !/^HTTP /.test(result));
      const verdict = injectable
        ? 'INJECTABLE'
        : !finished
          ? `did not finish (exit ${code}, see ${path.relative('.', dir)}/sqlmap.txt)`
          : !reached
            ? 'requests did not reach the use case'
            : 'nothing found';
      resolve({
        target,
        preflight: answer,
        injectable,
        finished,
        ...tally,
        seconds: (performance.now() - started) / 1000,
        verdict,
      });
    });
  });
}

async function inParallel<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]!);
      }
    }),
  );
  return results;
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join(', ');

async function main() {
  try {
    accessSync(SQLMAP, constants.X_OK);
  } catch {
    throw new Error(
      `sqlmap not found at ${SQLMAP}. Install Debian's package (apt-get install sqlmap) or set SQLMAP to its path.`,
    );
  }
  if (!existsSync('.next/BUILD_ID')) {
    console.log('No production build in .next: running npm run build first.');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  console.log(
    `Security scan: fresh database on port ${PG_PORT}, production server on ${BASE}, sqlmap ${SQLMAP_OPTIONS.join(' ')}`,
  );
  const database = await freshSeededDatabase({ dataDir: '.data/scan-postgres', port: PG_PORT, name: 'samplan_scan' });
  const serverLog = createWriteStream(path.join(OUT, 'server.log'));
  const server = startNext(['start'], database.url, String(PORT), ['ignore', 'pipe', 'pipe']);
  server.stdout?.pipe(serverLog);
  server.stderr?.pipe(serverLog);
  const serverExited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  try {
    await waitForServer();
    const session = await signIn(EMAIL);
    const only = process.env.SCAN_TARGETS?.split(',');
    const targets = (await buildTargets(session, await seededIds(database.url))).filter(
      (target) => !only || only.includes(target.name),
    );

    // Each target's request, unchanged, must reach the use case with the director's session.
    const answers = new Map<string, Answer>();
    for (const target of targets) {
      const answer = await preflight(target);
      answers.set(target.name, answer);
      console.log(`  preflight ${target.name.padEnd(20)} HTTP ${answer.status} → ${answer.result} ${answer.detail}`);
      if (answer.status !== target.status || REFUSED.test(answer.result))
        throw new Error(
          `The ${target.name} request does not reach its use case (HTTP ${answer.status}, ${answer.result}): the scan would prove nothing`,
        );
    }

    if (process.env.SCAN_PREFLIGHT_ONLY) return;
    const outcomes = await inParallel(targets, PARALLEL, async (target) => {
      const outcome = await runSqlmap(target, answers.get(target.name)!);
      console.log(
        `  sqlmap ${target.name.padEnd(20)} ${outcome.verdict} (${outcome.requests} requests, ${outcome.seconds.toFixed(0)} s)`,
      );
      return outcome;
    });

    console.log(
      '\n| target | injected | preflight | sqlmap requests | HTTP statuses | use-case answers | time | verdict |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const o of outcomes) {
      console.log(
        `| ${o.target.area} | ${o.target.points} | ${o.preflight.status} ${o.preflight.result} | ${o.requests} | ${counts(o.statuses)} | ${counts(o.results)} | ${o.seconds.toFixed(0)} s | ${o.verdict} |`,
      );
    }
    const total = (performance.now() - started) / 1000;
    console.log(
      `\n${outcomes.reduce((sum, o) => sum + o.requests, 0)} sqlmap requests against ${outcomes.length} targets in ${total.toFixed(0)} s (output: ${path.relative('.', OUT)}/)`,
    );
    const failed = outcomes.filter((o) => o.verdict !== 'nothing found');
    if (failed.length > 0)
      throw new Error(`Security scan failed: ${failed.map((o) => `${o.target.name}: ${o.verdict}`).join('; ')}`);
    console.log('sqlmap found no injection point.');
  } finally {
    server.kill('SIGTERM');
    await serverExited;
    await database.stop();
  }
}

runCli(main);
