/**
 * Hostile input against every use case (issue 9, item 2; ADR 025). The use cases are DISCOVERED
 * from src/server/**: every exported async function of a `server-only` module that takes an
 * `actor: Actor` (or `personId` then the input). Each is called as FinsamGotland's director with
 * random JSON and with inputs shaped like its own zod schema (keys read from the module's source)
 * but filled with hostile values: huge strings, SQL and HTML fragments, negative and 10^20
 * amounts, NaN/Infinity, wrong years, malformed ids, `__proto__`/`constructor` keys.
 *
 * Each call must end in a recognised refusal (`toActionFailure` returns VALIDATION, NOT_FOUND,
 * FORBIDDEN, CONFLICT, LOCKED or STALE without rethrowing) or return without writing (reads,
 * previews, `{ ok: false }` results), and the database fingerprint (row count and sum of `version`
 * per table) must be unchanged. A call that does write was accepted: every hostile text in its
 * input must then be stored verbatim (found in a text or JSON column), and the database is put
 * back from the seeded copy before the next call.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { PrismaClient } from '@/generated/prisma/client';
import { databaseUrl, dropDatabase, withAdminClient } from '@/server/db/admin';
import { createPrismaClient } from '@/server/db/client';
import { seedDemoData } from '@/server/seed/seed-demo';
import { addBudgetLine } from '@/server/budget/add-budget-line';
import { importBudget } from '@/server/budget/import-budget';
import { importOutcome } from '@/server/budget/import-outcome';
import { previewBudgetImport } from '@/server/budget/preview-budget-import';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import { addAgendaAttachment } from '@/server/meeting/add-agenda-attachment';
import { importParticipantStats } from '@/server/results/import-participant-stats';
import { raiseMatter } from '@/server/matter/raise-matter';
import { savePlanSection } from '@/server/plan/save-plan-section';
import { toActionFailure } from '@/server/kernel/to-action-failure';

const NOW = new Date('2026-11-20T10:00:00Z');
const RECOGNISED = new Set(['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'LOCKED', 'STALE']);

// ---------------------------------------------------------------------------------------------
// Discovery

type Shape = 'input-actor' | 'personId-input' | 'positional';
interface UseCase {
  file: string;
  name: string;
  shape: Shape | null;
  /** Positional string parameters before `actor` (shape 'positional'). */
  positional: string[];
  /** Keys of the input object, read from the module's zod schemas and input type. */
  keys: string[];
}

/**
 * Exported functions with an actor that are not entry points: they take input their callers
 * already parsed. Each reason is checked to still apply (the function must exist).
 */
const NOT_ENTRY_POINTS: Record<string, string> = {
  runMatterStep:
    'takes `parsed` from withdrawMatter, markMatterPrepared and startMatterPreparation, which parse it and are called here',
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Splits at commas outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('([{<'.includes(c)) depth++;
    else if (')]}'.includes(c) || (c === '>' && text[i - 1] !== '=')) depth--;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parameterText(source: string, from: number): string {
  let depth = 1;
  let i = from;
  for (; i < source.length && depth > 0; i++) {
    const c = source[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return source.slice(from, i - 1);
}

/** Every `key:` / `key?:` inside `z.object({…})`, `.extend({…})` and the input type literal. */
function inputKeys(source: string): string[] {
  const keys = new Set<string>();
  for (const match of source.matchAll(/(?:z\.object|\.extend|z\.strictObject)\(\{/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '{' || source[i] === '(' || source[i] === '[') depth++;
      else if (source[i] === '}' || source[i] === ')' || source[i] === ']') depth--;
    }
    for (const key of source.slice(start, i).matchAll(/(?:^|[{,\s])(\w+)\??\s*:/g)) keys.add(key[1]!);
  }
  for (const iface of source.matchAll(/export interface \w+Input\s*\{([^}]*)\}/g)) {
    for (const key of iface[1]!.matchAll(/(\w+)\??\s*:/g)) keys.add(key[1]!);
  }
  for (const word of ['error', 'message', 'z', 'default']) keys.delete(word);
  return [...keys];
}

function discoverUseCases(): UseCase[] {
  const useCases: UseCase[] = [];
  for (const file of walk('src/server').sort()) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes("import 'server-only'")) continue;
    for (const match of source.matchAll(/export async function (\w+)\s*(?:<[^(]*>)?\(/g)) {
      const name = match[1]!;
      const params = splitTopLevel(parameterText(source, match.index + match[0].length)).map((p) => {
        const [, paramName = '', type = ''] = /^(\w+)\??\s*(?::\s*([\s\S]*?))?(?:\s*=[\s\S]*)?$/.exec(p) ?? [];
        return { name: paramName, type: type.trim() };
      });
      const actorAt = params.findIndex((p) => p.name === 'actor' && p.type === 'Actor');
      const personFirst = params[0]?.name === 'personId' && /^(raw)?[iI]nput$/.test(params[1]?.name ?? '');
      if (actorAt < 0 && !personFirst) continue; // not a use case: no actor
      let shape: Shape | null = null;
      if (personFirst) shape = 'personId-input';
      else if (actorAt === 1) shape = 'input-actor';
      else if (actorAt > 1 && params.slice(0, actorAt).every((p) => p.type === 'string')) shape = 'positional';
      useCases.push({
        file: relative('.', file),
        name,
        shape,
        positional: shape === 'positional' ? params.slice(0, actorAt).map((p) => p.name) : [],
        keys: inputKeys(source),
      });
    }
  }
  return useCases;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const SQL = [
  `' OR 1=1 --`,
  `'; DROP TABLE "Plan"; --`,
  `1; SELECT pg_sleep(5)`,
  `" OR ""="`,
  `admin'--`,
  `1' UNION SELECT password FROM "Person" --`,
];
const HTML = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `"><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `{{7*7}}`,
  `\${7*7}`,
];
const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '😀'.repeat(10),
  'å'.repeat(5000),
  '../../etc/passwd',
  '%00',
  '\r\n\r\n',
];
/** The fixed hostile texts: an accepted call must store these verbatim. */
const HOSTILE_TEXTS = [...SQL, ...HTML];
const HUGE = 'x'.repeat(1_048_577);
const NUMBERS = [
  -1,
  -1_000_000,
  1e20,
  -1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0.1 + 0.2,
  Number.MAX_SAFE_INTEGER + 2,
  -0,
];
const AMOUNTS = [
  '-1',
  '-1000000',
  '100000000000000000000',
  '1e20',
  'NaN',
  'Infinity',
  '1,2,3',
  '0x10',
  ' ',
  '12 kr; DROP',
];
const YEARS = [0, -1, 99_999, '2026; --', 2026.5, '2026', 1e20, Number.NaN];
const IDS = [
  '',
  'x'.repeat(101),
  `' OR 1=1 --`,
  '00000000-0000-0000-0000-000000000000',
  '../../..',
  'null',
  '__proto__',
  '{"$ne":null}',
  '%',
];

const hostileScalar = fc.oneof(
  fc.constantFrom<unknown>(
    ...SQL,
    ...HTML,
    ...ODD_TEXT,
    ...NUMBERS,
    ...AMOUNTS,
    ...YEARS,
    ...IDS,
    null,
    undefined,
    true,
    false,
    [],
    {},
  ),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.bigInt().map(String),
  fc.constant(HUGE),
);
const hostileObject = fc.oneof(
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
  ),
  fc.constant(Object.assign(Object.create(null) as object, { toString: 'x', valueOf: 1 })),
  fc.array(hostileScalar, { maxLength: 5 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'then', 'toJSON'), hostileScalar, {
    maxKeys: 3,
  }),
);
const hostileValue = fc.oneof({ weight: 4, arbitrary: hostileScalar }, { weight: 1, arbitrary: hostileObject });

// ---------------------------------------------------------------------------------------------
// The database: a seeded copy to restore from, and the one the use cases run against

const adminUrl = () => inject('testAdminUrl');
const suffix = randomUUID().replaceAll('-', '').slice(0, 10);
const SEEDED = `samplan_hostile_seeded_${suffix}`;
const WORK = `samplan_hostile_work_${suffix}`;
let prisma: PrismaClient;
let director: string;
let gotland: string;
/** Seeded ids per table, for keys named after it (planId → Plan), and all of them together. */
const idsByTable = new Map<string, string[]>();
let allIds: string[] = [];
/** Every table, and whether it has a `version` column. */
let tables: { name: string; versioned: boolean }[] = [];
let textColumns: { table: string; column: string; json: boolean }[] = [];
let baseline = '';

async function openWork(): Promise<void> {
  await withAdminClient(adminUrl(), (client) => client.query(`CREATE DATABASE "${WORK}" TEMPLATE "${SEEDED}"`));
  prisma = createPrismaClient(databaseUrl(adminUrl(), WORK));
}

async function restoreWork(): Promise<void> {
  await prisma.$disconnect();
  await dropDatabase(adminUrl(), WORK);
  await openWork();
}

/** Row count and sum of `version` for every table. */
async function fingerprint(): Promise<string> {
  return (await tableFingerprints()).join(' ');
}

async function tableFingerprints(): Promise<string[]> {
  const parts = tables.map(
    (t) =>
      `SELECT '${t.name}' AS t, count(*)::text AS n, ${t.versioned ? 'coalesce(sum(version), 0)::text' : "'-'"} AS v FROM "${t.name}"`,
  );
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: string; v: string }[]>(parts.join(' UNION ALL '));
  return rows.map((r) => `${r.t}:${r.n}:${r.v}`).sort();
}

/** Whether `text` is stored somewhere, as it is or trimmed (zod trims titles), in a text or JSON column. */
async function storedVerbatim(text: string): Promise<boolean> {
  const candidates = [...new Set([text, text.trim()])].filter((c) => c.length > 0);
  for (const candidate of candidates) {
    for (const { table, column, json } of textColumns) {
      const needle = json ? JSON.stringify(candidate).slice(1, -1) : candidate;
      const rows = await prisma.$queryRawUnsafe<unknown[]>(
        `SELECT 1 FROM "${table}" WHERE strpos("${column}"::text, $1) > 0 LIMIT 1`,
        needle,
      );
      if (rows.length > 0) return true;
    }
  }
  return false;
}

function hostileTextsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && HOSTILE_TEXTS.includes(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => hostileTextsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => hostileTextsIn(v, found));
  return found;
}

beforeAll(async () => {
  await withAdminClient(adminUrl(), (client) => client.query(`CREATE DATABASE "${SEEDED}" TEMPLATE samplan_template`));
  const seeding = createPrismaClient(databaseUrl(adminUrl(), SEEDED));
  await seedDemoData(seeding);
  await seeding.$disconnect();
  await openWork();

  director = (await prisma.person.findUniqueOrThrow({ where: { email: 'chef@samplan.se' } })).id;
  gotland = (await prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  const columns = await prisma.$queryRawUnsafe<{ table_name: string; column_name: string; data_type: string }[]>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%'`,
  );
  const names = [...new Set(columns.map((c) => c.table_name))].sort();
  tables = names.map((name) => ({
    name,
    versioned: columns.some((c) => c.table_name === name && c.column_name === 'version'),
  }));
  textColumns = columns
    .filter(
      (c) =>
        ['text', 'character varying', 'jsonb', 'json'].includes(c.data_type) &&
        c.column_name !== 'id' &&
        !c.column_name.endsWith('Id'),
    )
    .map((c) => ({ table: c.table_name, column: c.column_name, json: c.data_type.startsWith('json') }));
  for (const table of names.filter((n) => columns.some((c) => c.table_name === n && c.column_name === 'id'))) {
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}" ORDER BY id LIMIT 6`);
    idsByTable.set(
      table.toLowerCase(),
      rows.map((r) => r.id),
    );
  }
  allIds = [...idsByTable.values()].flat();
  baseline = await fingerprint();
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await dropDatabase(adminUrl(), WORK);
  await dropDatabase(adminUrl(), SEEDED);
});

// ---------------------------------------------------------------------------------------------
// Shaped inputs

/** Seeded ids for a key: `planId` → Plan's, `budgetLineId`/`lineId` → BudgetLine's, else any. */
function idsFor(key: string): string[] {
  const base = key.replace(/Ids?$/, '').toLowerCase();
  const aliases: Record<string, string> = {
    line: 'budgetline',
    paragraph: 'minutesparagraph',
    section: 'plansection',
    item: 'agendaitem',
    comment: 'plancomment',
    conclusion: 'consultationconclusion',
    consideration: 'planconsideration',
    notice: 'notice',
    attachment: 'attachment',
    person: 'person',
    member: 'member',
  };
  const found =
    idsByTable.get(base) ??
    idsByTable.get(aliases[base] ?? '') ??
    [...idsByTable.entries()].find(([table]) => table.endsWith(base))?.[1];
  return found && found.length > 0 ? found : allIds;
}

function valueFor(key: string): fc.Arbitrary<unknown> {
  if (key === 'associationId')
    return fc.oneof(
      { weight: 5, arbitrary: fc.constant(gotland) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(...IDS) },
    );
  if (/Ids$/.test(key))
    return fc.oneof(fc.array(fc.constantFrom(...idsFor(key), ...IDS), { maxLength: 4 }), hostileValue);
  if (/Id$/.test(key) || key === 'id')
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom<unknown>(...idsFor(key)) },
      { weight: 2, arbitrary: hostileValue },
    );
  if (key === 'version') return fc.oneof(fc.constantFrom<unknown>(1, 2, 3), hostileValue);
  if (/year/i.test(key)) return fc.oneof(fc.constantFrom<unknown>(2026, 2027, ...YEARS), hostileValue);
  if (/amount|sum|count|value/i.test(key))
    return fc.oneof(fc.constantFrom<unknown>(...AMOUNTS, ...NUMBERS), hostileValue);
  if (key === 'bytes')
    return fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((b) => new Uint8Array(b)),
      fc.constant(new TextEncoder().encode(`${SQL[1]};${HTML[0]}\n`)),
      hostileValue,
    );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<unknown>(...HOSTILE_TEXTS) },
    { weight: 2, arbitrary: hostileValue },
  );
}

function shapedInput(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  const record = fc.record(Object.fromEntries(keys.map((key) => [key, valueFor(key)])), {
    requiredKeys: keys.filter((k) => /Id$/.test(k) || k === 'version' || k === 'year'),
  });
  return fc
    .tuple(record, fc.boolean())
    .map(([value, withProto]) =>
      withProto
        ? Object.assign(
            JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}') as object,
            value,
          )
        : value,
    );
}

// ---------------------------------------------------------------------------------------------
// Calling

type Fn = (...args: unknown[]) => Promise<unknown>;

async function callUseCase(useCase: UseCase, fn: Fn, input: unknown): Promise<void> {
  const options = { db: prisma, now: NOW };
  const actor = { personId: director };
  let result: { outcome: 'returned' } | { outcome: 'refused'; code: string };
  try {
    if (useCase.shape === 'personId-input') await fn(director, input, options);
    else if (useCase.shape === 'positional') {
      const values = useCase.positional.map((name, index) => {
        if (name === 'associationId') return typeof input === 'string' && index === 0 ? input : gotland;
        const picked = (input as Record<string, unknown> | null)?.[name];
        return typeof picked === 'string' ? picked : String(picked);
      });
      await fn(...values, actor, options);
    } else await fn(input, actor, options);
    result = { outcome: 'returned' };
  } catch (error) {
    let failure;
    try {
      failure = toActionFailure(error);
    } catch {
      throw new Error(
        `${useCase.name} threw an unrecognised error for ${describeInput(input)}: ${String((error as Error)?.stack ?? error).slice(0, 600)}`,
      );
    }
    if (!RECOGNISED.has(failure.code))
      throw new Error(`${useCase.name} refused with ${failure.code} for ${describeInput(input)}: ${failure.message}`);
    result = { outcome: 'refused', code: failure.code };
  }
  const after = await fingerprint();
  if (after === baseline) return;
  if (result.outcome === 'refused') {
    throw new Error(`${useCase.name} refused (${result.code}) but changed the database for ${describeInput(input)}`);
  }
  // Accepted: the hostile texts it was given must be stored verbatim; then put the database back.
  const missing: string[] = [];
  for (const text of hostileTextsIn(input)) if (!(await storedVerbatim(text))) missing.push(text);
  accepted.push(useCase.name);
  await restoreWork();
  if (missing.length > 0)
    throw new Error(
      `${useCase.name} accepted ${describeInput(input)} but did not store ${JSON.stringify(missing)} verbatim`,
    );
}

const accepted: string[] = [];

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === 'string' && value.length > 80
        ? `<${value.length} chars>`
        : value instanceof Uint8Array
          ? `<${value.length} bytes>`
          : value,
    );
    return (text ?? String(input)).slice(0, 400);
  } catch {
    return String(input).slice(0, 200);
  }
}

const useCases = discoverUseCases();

describe('hostile input to every use case', () => {
  it('discovers the use cases and knows how to call each', () => {
    expect(useCases.length).toBeGreaterThan(60);
    const unknown = useCases.filter((u) => u.shape === null && !(u.name in NOT_ENTRY_POINTS));
    expect(
      unknown.map((u) => `${u.file} ${u.name}: unknown argument shape; teach hostile-input.test.ts how to call it`),
    ).toEqual([]);
    const stale = Object.keys(NOT_ENTRY_POINTS).filter((name) => !useCases.some((u) => u.name === name));
    expect(stale, 'NOT_ENTRY_POINTS names a function that is gone').toEqual([]);
  });

  for (const useCase of useCases.filter((u) => u.shape !== null)) {
    it(`${useCase.name} (${useCase.file}) refuses hostile input and leaves the database as it was`, async () => {
      const useCaseModule = (await import(
        /* @vite-ignore */ `@/${useCase.file.replace(/^src\//, '').replace(/\.ts$/, '')}`
      )) as Record<string, Fn>;
      const fn = useCaseModule[useCase.name]!;
      expect(fn, `${useCase.name} is exported`).toBeTypeOf('function');
      // Random JSON of any shape.
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.anything({ maxDepth: 2, maxKeys: 4 }), fc.object({ maxDepth: 2, maxKeys: 4 }), hostileValue),
          (input) => callUseCase(useCase, fn, input),
        ),
        { numRuns: 4, seed: 2026 },
      );
      // Shaped like its schema, with hostile values.
      const keys = [...new Set(['associationId', ...useCase.keys, ...useCase.positional])];
      await fc.assert(
        fc.asyncProperty(shapedInput(keys), (input) => callUseCase(useCase, fn, input)),
        { numRuns: 10, seed: 2027 },
      );
    }, 60_000);
  }

  afterAll(() => {
    // Which use cases accepted a hostile text (stored verbatim, then the database was restored).
    if (accepted.length > 0)
      console.info(`hostile-input: accepted and stored verbatim: ${[...new Set(accepted)].join(', ')}`);
  });
});

/**
 * Free text is data: a plan section, a budget line's name or a matter's title may well contain
 * `' OR 1=1 --` or `<script>`. Such input is accepted, stored verbatim, read back equal, and
 * nothing but the row itself and its audit entry changes. (It is shown escaped: React text and
 * react-markdown without raw HTML; see ADR 025.)
 */
describe('hostile text in otherwise valid input', () => {
  async function changedTables(before: string[]): Promise<string[]> {
    const after = await tableFingerprints();
    return after
      .filter((entry) => !before.includes(entry))
      .map((entry) => entry.split(':')[0]!)
      .sort();
  }

  afterAll(() => restoreWork());

  it('a plan section’s title and Markdown body', async () => {
    const draft = await prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } });
    for (const text of HOSTILE_TEXTS) {
      const before = await tableFingerprints();
      const saved = await savePlanSection(
        { associationId: gotland, planId: draft.id, title: text, level: 1, bodyMarkdown: `${text}\n\n${text}` },
        { personId: director },
        { db: prisma },
      );
      const stored = await prisma.planSection.findUniqueOrThrow({ where: { id: saved.id } });
      expect({ title: stored.title, body: stored.bodyMarkdown }).toEqual({
        title: text.trim(),
        body: `${text}\n\n${text}`,
      });
      expect(await changedTables(before)).toEqual(['AuditLog', 'PlanSection']);
    }
  });

  it('a budget line’s name', async () => {
    const draft = await prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } });
    for (const text of HOSTILE_TEXTS) {
      const before = await tableFingerprints();
      const { line } = await addBudgetLine(
        { associationId: gotland, planId: draft.id, name: text, type: 'COST', category: 'ADMINISTRATION' },
        { personId: director },
        { db: prisma, now: NOW },
      ).catch(async (error: unknown) => {
        const failure = toActionFailure(error);
        expect(failure.code, `${text}: ${failure.message}`).toBe('VALIDATION');
        return { line: null };
      });
      if (!line) continue; // refused is allowed for names; then nothing changed
      const stored = await prisma.budgetLine.findUniqueOrThrow({ where: { id: line.id } });
      expect(stored.name).toBe(text.trim());
      expect((await changedTables(before)).filter((t) => t !== 'Plan')).toEqual(['AuditLog', 'BudgetLine']);
    }
  });

  it('a matter’s title and description', async () => {
    for (const text of HOSTILE_TEXTS) {
      const before = await tableFingerprints();
      const { matterId } = await raiseMatter(
        { associationId: gotland, kind: 'GENERAL', title: text, description: text },
        { personId: director },
        { db: prisma, now: NOW },
      );
      const stored = await prisma.matter.findUniqueOrThrow({ where: { id: matterId } });
      expect({ title: stored.title, description: stored.description }).toEqual({
        title: text.trim(),
        description: text,
      });
      expect(await changedTables(before)).toEqual(['AuditLog', 'Matter']);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Importers and uploads

async function xlsxOf(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Budget'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Hostile budget/statistics files, each with the refusal it must get (a message, or a pattern for one). */
async function hostileFiles(): Promise<{ name: string; fileName: string; bytes: Uint8Array; message?: string }[]> {
  const enc = (text: string) => new TextEncoder().encode(text);
  const fixture = new Uint8Array(readFileSync('tests/fixtures/finsamgotland-budget-2026.csv'));
  const valid = await xlsxOf((sheet) => {
    sheet.addRow(['Typ', 'Rad', 'Budget 2027']);
    sheet.addRow(['Kostnad', 'Hyra', 100]);
  });
  const formula = await xlsxOf((sheet) => {
    sheet.addRow(['Typ', 'Rad', 'Budget 2027']);
    sheet.addRow(['Kostnad', 'Hyra', { formula: 'SUM(1,2)' }]);
    sheet.addRow([
      'Kostnad',
      { text: 'Länk', hyperlink: 'javascript:alert(1)' },
      { formula: 'HYPERLINK("http://evil.example","x")' },
    ]);
  });
  const parts = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
  };
  const bomb = zipSync({ ...parts, 'xl/sharedStrings.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 });
  const lying = zipSync({ ...parts, 'xl/sharedStrings.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
  // Declare 1 kB for the 40 MB entry, in the central directory and the local header.
  for (let i = 0; i + 4 <= lying.length; i++) {
    if (
      lying[i] === 0x50 &&
      lying[i + 1] === 0x4b &&
      lying[i + 2] === 0x01 &&
      lying[i + 3] === 0x02 &&
      new TextDecoder().decode(lying.subarray(i + 46, i + 46 + 20)) === 'xl/sharedStrings.xml'
    ) {
      new DataView(lying.buffer, lying.byteOffset).setUint32(i + 24, 1024, true);
    }
  }
  const hugeStrings = zipSync(
    { ...parts, 'xl/sharedStrings.xml': strToU8(`<sst>${'<si><t>x</t></si>'.repeat(2_000_000)}</sst>`) },
    { level: 9 },
  );
  const unreadable = 'Filen kan inte läsas som en Excel-fil (XLSX). Spara den som .xlsx eller .csv och försök igen.';
  const suspicious = 'Excel-filen packas upp till mer än vad en budget rimligen kräver och läses därför inte.';
  return [
    { name: 'CSV with tabs', fileName: 'budget.csv', bytes: enc('Typ\tRad\tBudget 2027\nKostnad\tHyra\t100\n') },
    {
      name: 'CSV with an unclosed quote',
      fileName: 'budget.csv',
      bytes: enc('Typ;Rad;Budget 2027\nKostnad;"Hyra;100\n'),
      message:
        'Ett citattecken (") på rad 2 stängs aldrig: kontrollera att filen är en CSV-fil med ; eller , mellan fälten.',
    },
    { name: 'CSV that is only a BOM', fileName: 'budget.csv', bytes: enc('\ufeff\n\n'), message: 'Filen är tom.' },
    {
      name: 'CSV with 100 000 rows',
      fileName: 'budget.csv',
      bytes: enc('Kostnad;Hyra;1\n'.repeat(100_000)),
      message: 'Filen har för många rader: högst 2000.',
    },
    {
      name: 'binary bytes as CSV',
      fileName: 'budget.csv',
      bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256),
      message: 'Filtypen stöds inte: välj en CSV- eller XLSX-fil.',
    },
    {
      name: 'a 10 MB line',
      fileName: 'budget.csv',
      bytes: enc(`Typ;Rad;${'9'.repeat(10 * 1024 * 1024)}\n`),
      message: 'Filen är för stor: högst 2 MB.',
    },
    {
      name: 'CSV with SQL and HTML in the names',
      fileName: 'budget.csv',
      bytes: enc(`Typ;Rad;Budget 2027\nKostnad;${SQL[1]};-1e20\nKostnad;${HTML[0]};NaN\n`),
    },
    {
      name: 'the fixture with a NUL byte',
      fileName: 'budget.csv',
      bytes: Uint8Array.from([...fixture.subarray(0, 200), 0, ...fixture.subarray(200)]),
      message: 'Filtypen stöds inte: välj en CSV- eller XLSX-fil.',
    },
    {
      name: 'truncated XLSX',
      fileName: 'budget.xlsx',
      bytes: valid.subarray(0, Math.floor(valid.length / 2)),
      message: unreadable,
    },
    {
      name: 'not a zip, named .xlsx',
      fileName: 'budget.xlsx',
      bytes: enc('<html><script>alert(1)</script></html>'),
      message: unreadable,
    },
    {
      name: 'a zip that is no workbook',
      fileName: 'budget.xlsx',
      bytes: zipSync({ 'evil.sh': strToU8('rm -rf /') }),
      message: 'Filen är ett zip-arkiv men ingen Excel-fil (XLSX): välj en .xlsx- eller .csv-fil.',
    },
    { name: 'XLSX with a formula without value and a hyperlink', fileName: 'budget.xlsx', bytes: formula },
    { name: 'XLSX with 2 million shared strings', fileName: 'budget.xlsx', bytes: hugeStrings, message: suspicious },
    { name: 'zip bomb as .xlsx (100 MB declared)', fileName: 'budget.xlsx', bytes: bomb, message: suspicious },
    { name: 'zip bomb with lying sizes', fileName: 'budget.xlsx', bytes: lying, message: suspicious },
  ];
}

describe('importers and uploads refuse malformed files with a Swedish message and write nothing', () => {
  let files: Awaited<ReturnType<typeof hostileFiles>>;
  let draft2027: string;
  let adopted2026: string;
  beforeAll(async () => {
    await restoreWork();
    baseline = await fingerprint();
    files = await hostileFiles();
    draft2027 = (await prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2027 } })).id;
    adopted2026 = (await prisma.plan.findFirstOrThrow({ where: { associationId: gotland, year: 2026 } })).id;
  }, 60_000);
  const actor = () => ({ personId: director });
  const isSwedishMessage = (message: string) =>
    message.length > 5 && !/error|exception|prisma|stack|undefined|\bat \//i.test(message);

  it('budget import: preview and import', async () => {
    for (const file of files) {
      const input = { associationId: gotland, planId: draft2027, fileName: file.fileName, bytes: file.bytes };
      const preview = await previewBudgetImport(input, actor(), { db: prisma });
      const messages = [preview.fileError, ...preview.errors.map((e) => e.message)].filter((m): m is string => !!m);
      expect(messages.length, `${file.name}: refused`).toBeGreaterThan(0);
      if (file.message) expect(preview.fileError, file.name).toBe(file.message);
      for (const message of messages) expect(isSwedishMessage(message), `${file.name}: ${message}`).toBe(true);
      const outcome = await importBudget({ ...input, mode: 'replace' }, actor(), { db: prisma });
      expect(outcome.imported, file.name).toBe(false);
      expect(await fingerprint(), file.name).toBe(baseline);
    }
  }, 60_000);

  it('statistics import', async () => {
    for (const file of files) {
      const result = await importParticipantStats(
        { associationId: gotland, fileName: file.fileName, bytes: new Uint8Array(file.bytes), apply: true },
        actor(),
        { db: prisma, now: NOW },
      );
      expect(result.ok, file.name).toBe(false);
      if (!result.ok) {
        if (file.message) expect(result.errors[0]?.message, file.name).toBe(file.message);
        for (const error of result.errors)
          expect(isSwedishMessage(error.message), `${file.name}: ${error.message}`).toBe(true);
      }
      expect(await fingerprint(), file.name).toBe(baseline);
    }
  }, 60_000);

  it('outcome import (CSV text)', async () => {
    const csvs = [
      'Rad;Jan\n"Hyra;1',
      'Rad\tJan\tFeb\nHyra\t1\t2',
      `Rad;Jan\n${SQL[1]};1e20`,
      `Rad;Jan\n${HTML[0]};-NaN`,
      'x'.repeat(1_000_001),
      '\ufeff',
      '\u0000\u0001\u0002',
    ];
    for (const csv of csvs) {
      const label = csv.slice(0, 30);
      try {
        const result = await importOutcome(
          director,
          { associationId: gotland, planId: adopted2026, csv },
          { db: prisma },
        );
        expect(result.ok, label).toBe(false);
        if (!result.ok) {
          expect(result.errors.length, label).toBeGreaterThan(0);
          for (const error of result.errors.filter((e) => e.kind === 'FILE'))
            expect(isSwedishMessage(error.value), `${label}: ${error.value}`).toBe(true);
        }
      } catch (error) {
        expect(toActionFailure(error).code, label).toBe('VALIDATION');
      }
      expect(await fingerprint(), label).toBe(baseline);
    }
  }, 60_000);

  it('attachments are checked by their first bytes, not their name or claimed type', async () => {
    const enc = (text: string) => new TextEncoder().encode(text);
    const fakes = [
      { fileName: 'faktura.pdf', bytes: enc('<html><script>alert(1)</script></html>') },
      { fileName: 'faktura.pdf', bytes: Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) }, // a Windows executable
      { fileName: 'faktura.pdf', bytes: enc('%PDF') }, // no dash: not the signature
      { fileName: 'faktura.pdf', bytes: enc(' %PDF-1.7') },
      { fileName: 'bild.png', bytes: zipSync({ 'a.txt': strToU8('x') }) },
      { fileName: 'bild.jpg', bytes: enc('GIF89a') },
      { fileName: 'svg.png', bytes: enc('<svg onload="alert(1)"/>') },
    ];
    const matter = await prisma.matter.findFirstOrThrow({ where: { associationId: gotland } });
    const item = await prisma.agendaItem
      .findFirstOrThrow({
        where: { meeting: { associationId: gotland, status: { not: 'HELD' } } },
        select: { id: true, meetingId: true },
      })
      .catch(() =>
        prisma.agendaItem.findFirstOrThrow({
          where: { meeting: { associationId: gotland } },
          select: { id: true, meetingId: true },
        }),
      );
    for (const fake of fakes) {
      const file = { fileName: fake.fileName, bytes: new Uint8Array(fake.bytes) };
      // Matters and agenda items also take Word and Excel files, and say when a name lies (ADR 036).
      const governanceMessage = `Filen heter .${fake.fileName.split('.').pop()} men innehållet är inte en sådan fil.`;
      const calls: [string, () => Promise<unknown>, string][] = [
        [
          'invoice',
          () =>
            recordInvoice(
              {
                associationId: gotland,
                supplier: 'Leverantör AB',
                invoiceNumber: 'F-1',
                invoiceDate: '2026-11-01',
                amountExclVat: '100',
                amountInclVat: '125',
                payeeKind: 'SUPPLIER',
                attachment: file,
              },
              actor(),
              { db: prisma, now: NOW },
            ),
          'Bilagan måste vara en PDF, PNG eller JPEG.',
        ],
        [
          'matter',
          () =>
            addMatterAttachment({ associationId: gotland, matterId: matter.id, file }, actor(), {
              db: prisma,
              now: NOW,
            }),
          governanceMessage,
        ],
        [
          'agenda',
          () =>
            addAgendaAttachment(
              { associationId: gotland, meetingId: item.meetingId, agendaItemId: item.id, file },
              actor(),
              { db: prisma, now: NOW },
            ),
          governanceMessage,
        ],
      ];
      for (const [where, call, message] of calls) {
        const failure = await call().then(
          () => null,
          (error: unknown) => toActionFailure(error),
        );
        expect(failure?.code, `${where} ${file.fileName}`).toBe('VALIDATION');
        expect(
          Object.values(failure && 'fieldErrors' in failure ? (failure.fieldErrors ?? {}) : {}),
          `${where} ${file.fileName}`,
        ).toContain(message);
        expect(await fingerprint(), `${where} ${file.fileName}`).toBe(baseline);
      }
    }
  }, 60_000);
});
