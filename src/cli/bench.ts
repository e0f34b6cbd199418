/**
 * `npm run bench`: start-up and page speed of the production build (run `npm run build` first).
 * Measures a fresh database (PostgreSQL start, migrations, demo seed), adds an association
 * with 60 budget lines × 6 years, then serves the app on its own port and database and times
 * pages side by side: the sign-in page, and the bare page of the signed-in app (an empty page in
 * the association's shell), against the dashboard and the
 * budget pages of a signed-in director, and the round trip of a budget cell save (the real
 * server action over HTTP). Also renders the seeded FinsamGotland 2026 plan as a PDF in process.
 * Prints Markdown tables for the README.
 */
import { readFileSync } from 'node:fs';
import { createPrismaClient } from '@/server/db/client';
import { exportPlanPdf } from '@/server/plan-document/export-plan-pdf';
import { DEMO_PASSWORD } from '@/server/seed/demo-logins';
import { BENCH_SLUG, seedBenchAssociation } from './bench-data';
import { freshSeededDatabase } from './fresh-database';
import { startNext } from './run-next';
import { runCli } from './run-cli';

const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
}

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
  return session;
}

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE}/logga-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The server did not start');
}

async function measure(path: string, cookie: string) {
  const durations: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t0 = performance.now();
        const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: 'manual' });
        await response.arrayBuffer();
        durations.push(performance.now() - t0);
        if (response.status !== 200) errors++;
      }
    }),
  );
  const elapsed = performance.now() - started;
  durations.sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!;
  return { path, median: at(0.5), p95: at(0.95), perSecond: (REQUESTS / elapsed) * 1000, errors };
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
async function measureCellSaves(cookie: string, lineId: string, startVersion: number) {
  const id = actionId('saveBudgetCellAction');
  const durations: number[] = [];
  let version = startVersion;
  let errors = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const response = await fetch(`${BASE}/forbund/${BENCH_SLUG}/budget`, {
      method: 'POST',
      headers: { cookie, 'next-action': id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: BASE },
      body: JSON.stringify([{ slug: BENCH_SLUG, lineId, year: 2027, kind: 'BUDGET', amount: String(100000 + i), version }]),
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
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!;
  return { median: at(0.5), p95: at(0.95), errors, version };
}

const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 10);

/**
 * The full seeded FinsamGotland 2026 plan as a PDF, in process: load and build the document
 * model, render the PDF (compressed, as downloaded). One warm-up, then PDF_RUNS timed runs.
 */
async function measurePlanPdf(prisma: ReturnType<typeof createPrismaClient>) {
  const association = await prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' }, select: { id: true } });
  const plan = await prisma.plan.findFirstOrThrow({ where: { associationId: association.id, year: 2026 }, orderBy: { versionNumber: 'desc' }, select: { id: true } });
  const director = await prisma.person.findUniqueOrThrow({ where: { email: 'chef@samplan.se' }, select: { id: true } });
  const run = async () => {
    const t0 = performance.now();
    const file = await exportPlanPdf({ associationId: association.id, planId: plan.id }, { personId: director.id }, { db: prisma });
    if (!file) throw new Error('No 2026 plan to render');
    return { ms: performance.now() - t0, bytes: file.body.byteLength };
  };
  await run();
  const runs = [];
  for (let i = 0; i < PDF_RUNS; i++) runs.push(await run());
  const durations = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { median: durations[Math.floor(durations.length / 2)]!, max: durations[durations.length - 1]!, bytes: runs[0]!.bytes };
}

async function main() {
  const database = await freshSeededDatabase({ dataDir: '.data/bench-postgres', port: 54333, name: 'samplan_bench' });
  const prisma = createPrismaClient(database.url);
  const { lineIds } = await seedBenchAssociation(prisma);
  const planPdf = await measurePlanPdf(prisma);
  await prisma.$disconnect();
  const server = startNext(['start'], database.url, String(PORT));
  try {
    await waitForServer();
    const cookie = await signIn('chef@samplan.se');
    // The sign-in page is measured signed out: signed in, it redirects onwards.
    const pages: [string, string][] = [
      ['/logga-in', ''],
      // The bare page of the signed-in app: the association's shell, an empty Rapporter page.
      [`/forbund/${BENCH_SLUG}/rapporter`, cookie],
      ['/forbund/finsamgotland', cookie],
      ['/forbund/finsamgotland/budget', cookie],
      [`/forbund/${BENCH_SLUG}/budget`, cookie],
    ];
    for (const [path, as] of pages) await measure(path, as); // warm-up
    const results = [];
    for (const [path, as] of pages) results.push(await measure(path, as));
    const bare = results[1]!.median;
    const ms = (value: number) => value.toFixed(1);
    console.log(`\n| step | time |\n| --- | --- |`);
    console.log(`| start a new embedded PostgreSQL (initdb) | ${ms(database.timings.startPostgres)} ms |`);
    console.log(`| apply all migrations to an empty database | ${ms(database.timings.migrate)} ms |`);
    console.log(`| seed the demo data | ${ms(database.timings.seed)} ms |`);
    console.log(`\n${REQUESTS} requests per page, ${CONCURRENCY} at a time, production build; the plan pages signed in as the director:\n`);
    console.log('| page | median | p95 | requests/s | median vs the signed-in bare page | errors |\n| --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      console.log(`| ${r.path} | ${ms(r.median)} ms | ${ms(r.p95)} ms | ${r.perSecond.toFixed(0)} | ${(r.median / bare).toFixed(2)}× | ${r.errors} |`);
    }
    // A cost line (the first four are income) and a warm-up save.
    const line = lineIds[10]!;
    const warmUp = await measureCellSaves(cookie, line, 1);
    const saves = await measureCellSaves(cookie, line, warmUp.version);
    console.log(`\n| budget cell save (server action over HTTP, ${REQUESTS} in a row) | median | p95 | errors |\n| --- | --- | --- | --- |`);
    console.log(`| /forbund/${BENCH_SLUG}/budget saveBudgetCellAction | ${ms(saves.median)} ms | ${ms(saves.p95)} ms | ${saves.errors} |`);
    console.log(`\n| PDF of the full seeded FinsamGotland 2026 plan (build + render, ${PDF_RUNS} runs, in process) | median | max | size | goal |\n| --- | --- | --- | --- | --- |`);
    console.log(`| exportPlanPdf | ${ms(planPdf.median)} ms | ${ms(planPdf.max)} ms | ${(planPdf.bytes / 1024).toFixed(0)} kB | < 2000 ms: ${planPdf.max < 2000 ? 'met' : 'not met'} |`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await database.stop();
  }
}

runCli(main);
