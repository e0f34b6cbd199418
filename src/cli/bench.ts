/**
 * `npm run bench`: speed and scale of the production build (run `npm run build` first); ADR 024.
 * In one run, side by side:
 * - a small database (the demo data plus a 60-line budget association) and a large one (the same
 *   plus 80 associations × 10 years of plans, meetings and invoices, src/server/seed/scale.ts),
 *   one PostgreSQL, one production server for each;
 * - warm, sequential page times (median, p95) of the bare page (Om Samplan), the dashboard, the
 *   budget pages and the plan document, against the bare page and small against large;
 * - autocannon on the dashboard (100 connections, 30 s) with the server's peak memory;
 * - a budget cell save through the real server action, and the plan PDF in process;
 * - the gzipped JavaScript of the budget page; Lighthouse on dashboard, budget and plan document;
 * - 500 notices enqueued in one transaction and delivered by the mail worker (src/cli/bench-mail.ts).
 *   `npm run bench -- mail` runs only this part (no build needed).
 * Prints Markdown tables for the README. Ports: BENCH_PG_PORT (54333), BENCH_PORT (3200; the large
 * database's server BENCH_PORT + 1).
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { databaseUrl, withAdminClient } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';
import { exportPlanPdf } from '@/server/plan-document/export-plan-pdf';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { seedScaleData, type ScaleCounts } from '@/server/seed/scale';
import { BENCH_SLUG, seedBenchAssociation } from './bench-data';
import { measureMailDelivery, type MailBench } from './bench-mail';
import { freshSeededDatabase } from './fresh-database';
import { startNext } from './run-next';
import { runCli } from './run-cli';

const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54333);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const SAVES = Number(process.env.BENCH_SAVES ?? 100);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const LOAD_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 10);
/** BENCH_LIGHTHOUSE=0 leaves Lighthouse out; BENCH_MOBILE=1 adds the mobile preset. */
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const MOBILE = process.env.BENCH_MOBILE === '1';

const ms = (value: number) => `${value.toFixed(0)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes('session-token='));
  if (!session) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
  return session;
}

async function waitForServer(base: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${base}/logga-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${base} did not start`);
}

/** One page, N requests one after another (warm: the caller warms up first). */
async function timePage(base: string, path: string, cookie: string, count: number) {
  const durations: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
    await response.arrayBuffer();
    durations.push(performance.now() - t0);
    if (response.status !== 200) errors++;
  }
  durations.sort((a, b) => a - b);
  return { median: quantile(durations, 0.5), p95: quantile(durations, 0.95), errors };
}

/** The pid of the process listening on the TCP port (the `next start` server), from /proc. */
function pidListeningOn(port: number): number | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && fields[1]!.endsWith(`:${hex}`) && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (match && inodes.has(match[1]!)) return Number(entry);
      } catch {
        // gone meanwhile
      }
    }
  }
  return undefined;
}

function memoryKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

/** autocannon on one page; per-request latencies for an exact p95, the server's RSS sampled every 100 ms. */
async function load(base: string, path: string, cookie: string) {
  const pid = pidListeningOn(Number(new URL(base).port));
  if (!pid) throw new Error(`No process listens on ${base}`);
  const rssBefore = memoryKb(pid, 'VmRSS');
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memoryKb(pid, 'VmRSS'));
  }, 100);
  const latencies: number[] = [];
  // A generous timeout: a request abandoned at autocannon's default 10 s is still rendered by the
  // server, and the retries pile up (on a loaded machine the run then collapses).
  const instance = autocannon({
    url: `${base}${path}`,
    connections: LOAD_CONNECTIONS,
    duration: LOAD_SECONDS,
    timeout: 60,
    headers: { cookie },
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  return {
    path,
    pid,
    requests: result.requests.total,
    perSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p95: quantile(latencies, 0.95),
    p99: result.latency.p99,
    rssBeforeMb: rssBefore / 1024,
    peakRssMb: peakRss / 1024,
    hwmMb: memoryKb(pid, 'VmHWM') / 1024,
  };
}

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in the build: run npm run build first`);
  return found[0];
}

/** Saves one cell over and over through the server action, each time with the version it got back. */
async function measureCellSaves(base: string, cookie: string, lineId: string, startVersion: number, count: number) {
  const id = actionId('saveBudgetCellAction');
  const durations: number[] = [];
  let version = startVersion;
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await fetch(`${base}/forbund/${BENCH_SLUG}/budget`, {
      method: 'POST',
      headers: {
        cookie,
        'next-action': id,
        accept: 'text/x-component',
        'content-type': 'text/plain;charset=UTF-8',
        origin: base,
      },
      body: JSON.stringify([
        { slug: BENCH_SLUG, lineId, year: 2027, kind: 'BUDGET', amount: String(100000 + i), version },
      ]),
    });
    const text = await response.text();
    durations.push(performance.now() - t0);
    // The reply carries the cell's new version, or on refusal the fresh one.
    const cellVersion = /"version":(\d+)/.exec(text);
    if (!text.includes('"ok":true')) {
      if (errors === 0) console.error(`A save failed (${response.status}): ${JSON.stringify(text.slice(0, 400))}`);
      errors++;
    }
    if (cellVersion) version = Number(cellVersion[1]);
  }
  durations.sort((a, b) => a - b);
  return { median: quantile(durations, 0.5), p95: quantile(durations, 0.95), errors, version };
}

/** The full seeded FinsamGotland 2026 plan as a PDF, in process: one warm-up, then PDF_RUNS timed runs. */
async function measurePlanPdf(prisma: ReturnType<typeof createPrismaClient>) {
  const association = await prisma.association.findUniqueOrThrow({
    where: { slug: 'finsamgotland' },
    select: { id: true },
  });
  const plan = await prisma.plan.findFirstOrThrow({
    where: { associationId: association.id, year: 2026 },
    orderBy: { versionNumber: 'desc' },
    select: { id: true },
  });
  const director = await prisma.person.findUniqueOrThrow({ where: { email: 'chef@samplan.se' }, select: { id: true } });
  const run = async () => {
    const t0 = performance.now();
    const file = await exportPlanPdf(
      { associationId: association.id, planId: plan.id },
      { personId: director.id },
      { db: prisma },
    );
    if (!file) throw new Error('No 2026 plan to render');
    return { ms: performance.now() - t0, bytes: file.body.byteLength };
  };
  await run();
  const runs = [];
  for (let i = 0; i < PDF_RUNS; i++) runs.push(await run());
  const durations = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { median: quantile(durations, 0.5), max: durations[durations.length - 1]!, bytes: runs[0]!.bytes };
}

/** The page's own scripts (`<script src>`), each fetched and gzipped (zlib, default level). */
async function javascriptOf(base: string, path: string, cookie: string) {
  const html = await (await fetch(`${base}${path}`, { headers: { cookie } })).text();
  // Scripts marked noModule (legacy polyfills) are not loaded by the browsers the app supports.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&') ?? []))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    raw += body.byteLength;
    gzip += gzipSync(body).byteLength;
  }
  return { scripts: sources.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

interface LighthouseScores {
  path: string;
  preset: 'desktop' | 'mobile';
  performance: number;
  accessibility: number;
  bestPractices: number;
  findings: string[];
}

/** The first items of an audit's details (which console error, which element), for the report. */
function detailsOf(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const text = items.slice(0, 3).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    return String(item.description ?? item.url ?? node?.snippet ?? '').slice(0, 160);
  });
  return text.some(Boolean) ? `: ${text.filter(Boolean).join(' | ')}` : '';
}

/** Lighthouse 12 through its node API in Debian's Chromium, signed in through the cookie header. */
async function runLighthouse(
  base: string,
  paths: string[],
  cookie: string,
  presets: ('desktop' | 'mobile')[],
): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const scores: LighthouseScores[] = [];
  try {
    for (const preset of presets) {
      for (const path of paths) {
        const result = await lighthouse(
          `${base}${path}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
            extraHeaders: { cookie },
          },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        const { categories, audits } = result.lhr;
        const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
        // The audits that cost points, for the report (the accessibility ones go to the components' owners).
        const findings = Object.entries(categories).flatMap(([category, { auditRefs }]) =>
          auditRefs
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 0.9)
            .map(
              (ref) =>
                `${category}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})${detailsOf(audits[ref.id]?.details)}`,
            ),
        );
        scores.push({
          path,
          preset,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          findings,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

function printMailBench(mail: MailBench) {
  console.log(
    `\n| ${mail.count} notices (enqueueMail in one transaction; worker → nodemailer → in-process SMTP) | time |\n| --- | --- |`,
  );
  console.log(`| enqueue (outbox rows + graphile-worker jobs, one transaction) | ${ms(mail.enqueueMs)} |`);
  console.log(
    `| deliver until all SENT (${mail.caught} caught) | ${seconds(mail.deliverMs)} (${(mail.count / (mail.deliverMs / 1000)).toFixed(0)} mails/s) |`,
  );
}

async function mailOnly() {
  const database = await freshSeededDatabase({
    dataDir: '.data/bench-postgres',
    port: PG_PORT,
    name: 'samplan_bench',
  });
  try {
    console.log(`\n## Mail benchmark (${new Date().toISOString()}, Node ${process.version})`);
    printMailBench(await measureMailDelivery(database.url));
  } finally {
    await database.stop();
  }
}

async function main() {
  if (process.argv[2] === 'mail') return mailOnly();
  const started = performance.now();
  const small = await freshSeededDatabase({ dataDir: '.data/bench-postgres', port: PG_PORT, name: 'samplan_bench' });
  let smallDb = createPrismaClient(small.url);
  const { lineIds } = await seedBenchAssociation(smallDb);
  await smallDb.$disconnect();
  // The large database starts as a copy of the small one (CREATE DATABASE … TEMPLATE: no second seed).
  const largeUrl = databaseUrl(small.url, 'samplan_bench_large');
  await withAdminClient(databaseUrl(small.url, 'postgres'), (client) =>
    client.query('CREATE DATABASE samplan_bench_large TEMPLATE samplan_bench'),
  );
  const t0 = performance.now();
  const scale: ScaleCounts = await seedScaleData(largeUrl);
  const scaleSeedMs = performance.now() - t0;
  smallDb = createPrismaClient(small.url);
  const planPdf = await measurePlanPdf(smallDb);
  await smallDb.$disconnect();
  const mail = await measureMailDelivery(small.url);

  const bases = { small: `http://localhost:${PORT}`, large: `http://localhost:${PORT + 1}` };
  const servers = [startNext(['start'], small.url, String(PORT)), startNext(['start'], largeUrl, String(PORT + 1))];
  try {
    await Promise.all([waitForServer(bases.small), waitForServer(bases.large)]);
    const cookies = {
      small: await signIn(bases.small, 'chef@samplan.se'),
      large: await signIn(bases.large, 'chef@samplan.se'),
    };

    const pages: [string, string][] = [
      ['/forbund/finsamgotland/om', 'bare page (Om Samplan)'],
      ['/forbund/finsamgotland', 'dashboard'],
      ['/forbund/finsamgotland/budget?ar=2026', 'budget 2026 (adopted, 14 lines)'],
      ['/forbund/finsamgotland/budget?ar=2027', 'budget 2027 (draft, editor)'],
      [`/forbund/${BENCH_SLUG}/budget`, 'budget, 60 lines × 6 years (editor)'],
      ['/forbund/finsamgotland/plan/dokument?ar=2026', 'plan document 2026'],
    ];
    // Warm-up: each page a few times on both servers (compiles nothing, but fills caches and JIT).
    for (const [path] of pages)
      for (const size of ['small', 'large'] as const) await timePage(bases[size], path, cookies[size], 3);
    // Side by side: each page N times on the small database, then N times on the large one.
    const timings = [];
    for (const [path, label] of pages) {
      timings.push({
        path,
        label,
        small: await timePage(bases.small, path, cookies.small, REQUESTS),
        large: await timePage(bases.large, path, cookies.large, REQUESTS),
      });
    }

    const loadResult = await load(bases.small, '/forbund/finsamgotland', cookies.small);
    const warmUp = await measureCellSaves(bases.small, cookies.small, lineIds[10]!, 1, 10);
    const saves = await measureCellSaves(bases.small, cookies.small, lineIds[10]!, warmUp.version, SAVES);
    const javascript = await javascriptOf(bases.small, '/forbund/finsamgotland/budget?ar=2027', cookies.small);
    const lighthouseScores = LIGHTHOUSE
      ? await runLighthouse(
          bases.small,
          [
            '/forbund/finsamgotland',
            '/forbund/finsamgotland/budget?ar=2027',
            '/forbund/finsamgotland/plan/dokument?ar=2026',
          ],
          cookies.small,
          MOBILE ? ['desktop', 'mobile'] : ['desktop'],
        )
      : [];

    // ── The report ──
    console.log(`\n## Benchmark (${new Date().toISOString()}, Node ${process.version})\n`);
    console.log('| step | time |\n| --- | --- |');
    console.log(`| start a new embedded PostgreSQL (initdb) | ${seconds(small.timings.startPostgres)} |`);
    console.log(`| apply all migrations to an empty database | ${seconds(small.timings.migrate)} |`);
    console.log(`| seed the demo data | ${seconds(small.timings.seed)} |`);
    console.log(`| seed the large data (one unnest insert per table) | ${seconds(scaleSeedMs)} |`);
    console.log(
      `\nLarge database: the demo data + ${scale.associations} associations, ${scale.people} people, ${scale.plans} plans, ${scale.budgetLines} budget lines, ` +
        `${scale.budgetAmounts} amounts, ${scale.budgetOutcomes} monthly outcomes, ${scale.meetings} meetings, ${scale.paragraphs} minutes paragraphs, ` +
        `${scale.invoices} invoices, ${scale.attestations} attestations.`,
    );
    const bare = timings[0]!;
    console.log(
      `\nWarm, sequential: ${REQUESTS} requests per page one after another, signed in as chef@samplan.se, each page on the small and then the large database:\n`,
    );
    console.log(
      '| page | small median | small p95 | vs bare page | large median | large p95 | large vs small | errors |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const t of timings) {
      console.log(
        `| ${t.label}: ${t.path} | ${ms(t.small.median)} | ${ms(t.small.p95)} | ${(t.small.median / bare.small.median).toFixed(2)}× | ` +
          `${ms(t.large.median)} | ${ms(t.large.p95)} | ${(t.large.median / t.small.median).toFixed(2)}× | ${t.small.errors + t.large.errors} |`,
      );
    }
    const l = loadResult;
    console.log(
      `\nautocannon, ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s on ${l.path} (small database, signed in):\n`,
    );
    console.log(
      '| requests | requests/s | errors | timeouts | non-2xx | p50 | p95 | p99 | server RSS before | peak RSS (sampled) | VmHWM |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    console.log(
      `| ${l.requests} | ${l.perSecond.toFixed(1)} | ${l.errors} | ${l.timeouts} | ${l.non2xx} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ` +
        `${l.rssBeforeMb.toFixed(0)} MB | ${l.peakRssMb.toFixed(0)} MB | ${l.hwmMb.toFixed(0)} MB |`,
    );
    console.log(
      `\n| budget cell save (server action over HTTP, ${SAVES} in a row) | median | p95 | errors |\n| --- | --- | --- | --- |`,
    );
    console.log(
      `| /forbund/${BENCH_SLUG}/budget saveBudgetCellAction | ${ms(saves.median)} | ${ms(saves.p95)} | ${saves.errors} |`,
    );
    console.log(
      `\n| PDF of the seeded FinsamGotland 2026 plan (${PDF_RUNS} runs in process) | median | max | size |\n| --- | --- | --- | --- |`,
    );
    console.log(
      `| exportPlanPdf | ${ms(planPdf.median)} | ${ms(planPdf.max)} | ${(planPdf.bytes / 1024).toFixed(0)} kB |`,
    );
    console.log(
      `\n| JavaScript of /forbund/finsamgotland/budget?ar=2027 | scripts | raw | gzip | goal |\n| --- | --- | --- | --- | --- |`,
    );
    console.log(
      `| \`<script src>\` of the HTML | ${javascript.scripts} | ${javascript.rawKb.toFixed(0)} kB | ${javascript.gzipKb.toFixed(0)} kB | < 200 kB: ${javascript.gzipKb < 200 ? 'met' : 'not met'} |`,
    );
    printMailBench(mail);
    if (lighthouseScores.length) {
      console.log('\nLighthouse 12 (Chromium headless, signed in; goal ≥ 95 each):\n');
      console.log('| page | preset | performance | accessibility | best practices |\n| --- | --- | --- | --- | --- |');
      for (const s of lighthouseScores)
        console.log(`| ${s.path} | ${s.preset} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} |`);
      const findings = [
        ...new Set(lighthouseScores.flatMap((s) => s.findings.map((finding) => `${s.preset} ${s.path}: ${finding}`))),
      ];
      if (findings.length)
        console.log(`\nLighthouse findings (score < 0.9):\n${findings.map((finding) => `- ${finding}`).join('\n')}`);
    }
    console.log(`\nWhole run: ${seconds(performance.now() - started)}`);
  } finally {
    for (const server of servers) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await small.stop();
  }
}

runCli(main);
