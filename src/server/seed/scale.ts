import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Prisma } from '@/generated/prisma/client';
import type { BudgetCategory, MeetingBody, Role } from '@/generated/prisma/enums';
import { hashPassword } from '@/server/auth/password';
import { DEMO_PASSWORD } from './demo-logins';

export interface ScaleOptions {
  associations?: number;
  /** The plan years, oldest first; every year but the last is adopted, the last is a draft. */
  years?: number[];
  linesPerPlan?: number;
  meetingsPerYear?: number;
  paragraphsPerMeeting?: number;
  invoicesPerYear?: number;
}

export interface ScaleCounts {
  associations: number;
  people: number;
  plans: number;
  budgetLines: number;
  budgetAmounts: number;
  budgetOutcomes: number;
  meetings: number;
  paragraphs: number;
  invoices: number;
  attestations: number;
}

const ROLES: Role[] = [
  'DIRECTOR',
  'ADMINISTRATOR',
  'CHAIR',
  'VICE_CHAIR',
  'BOARD_MEMBER',
  'BOARD_MEMBER',
  'DEPUTY',
  'DEPUTY',
  'PREPARATION_GROUP',
  'AUDITOR',
];
const COST_CATEGORIES: BudgetCategory[] = ['ADMINISTRATION', 'STRUCTURAL', 'INTERVENTION', 'NEW_ACTIVITIES'];
const BODIES: MeetingBody[] = ['BOARD', 'BOARD', 'WORKING_COMMITTEE', 'PREPARATION_GROUP'];

/** The e-mail of a scale association's person (all have the demo password). */
export function scaleEmail(association: number, person: number): string {
  return `skala-${association}-${person}@skala.samplan.se`;
}

export function scaleSlug(association: number): string {
  return `skala-${association}`;
}

/**
 * Inserts all rows of one table in a single statement: one array parameter per column, unnested
 * by PostgreSQL (`INSERT … SELECT * FROM unnest($1::text[], …)`), each cast to the column's own
 * type read from information_schema. Prisma's createMany took minutes for these 400 000 rows on a
 * loaded 2-core machine (its query building is the cost); this takes seconds. A missing
 * `updatedAt` (set by Prisma, not the database) is now.
 */
async function insert(client: pg.Client, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const { rows: columns } = await client.query<{ column_name: string; udt_name: string }>(
    'SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
    [table],
  );
  const types = new Map(columns.map((column) => [column.column_name, column.udt_name]));
  const names = Object.keys(rows[0]!);
  if (types.has('updatedAt') && !names.includes('updatedAt')) names.push('updatedAt');
  const now = new Date();
  const values = names.map((name) =>
    rows.map((row) => (name in row ? (row as Record<string, unknown>)[name] : name === 'updatedAt' ? now : null)),
  );
  const casts = names.map((name, index) => {
    const type = types.get(name);
    if (!type) throw new Error(`${table} has no column ${name}`);
    return `$${index + 1}::${client.escapeIdentifier(type)}[]`;
  });
  await client.query(
    `INSERT INTO ${client.escapeIdentifier(table)} (${names.map((name) => client.escapeIdentifier(name)).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
    values,
  );
}

const kr = (value: number) => value.toFixed(2);

/**
 * A large database for the benchmark: `associations` associations (default 80), each with ten
 * people and their roles, three members, and for every year a plan (sections, budget lines with
 * budget and prognosis amounts, monthly outcome on the cost lines), meetings with minutes
 * paragraphs, and invoices with attestations. Rows are built in memory with their own ids and
 * written table by table in one transaction (see insert); no audit entries (it is load, not history).
 */
export async function seedScaleData(databaseUrl: string, options: ScaleOptions = {}): Promise<ScaleCounts> {
  const associationCount = options.associations ?? 80;
  const years = options.years ?? [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
  const linesPerPlan = options.linesPerPlan ?? 20;
  const meetingsPerYear = options.meetingsPerYear ?? 6;
  const paragraphsPerMeeting = options.paragraphsPerMeeting ?? 8;
  const invoicesPerYear = options.invoicesPerYear ?? 60;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const associations: Prisma.AssociationCreateManyInput[] = [];
  const settings: Prisma.AssociationSettingsCreateManyInput[] = [];
  const rules: Prisma.AssociationRulesCreateManyInput[] = [];
  const members: Prisma.MemberCreateManyInput[] = [];
  const people: Prisma.PersonCreateManyInput[] = [];
  const roles: Prisma.RoleAssignmentCreateManyInput[] = [];
  const plans: Prisma.PlanCreateManyInput[] = [];
  const sections: Prisma.PlanSectionCreateManyInput[] = [];
  const lines: Prisma.BudgetLineCreateManyInput[] = [];
  const amounts: Prisma.BudgetAmountCreateManyInput[] = [];
  const outcomes: Prisma.BudgetOutcomeCreateManyInput[] = [];
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const paragraphs: Prisma.MinutesParagraphCreateManyInput[] = [];
  const invoices: Prisma.InvoiceCreateManyInput[] = [];
  const attestations: Prisma.AttestationCreateManyInput[] = [];

  for (let a = 1; a <= associationCount; a++) {
    const associationId = randomUUID();
    associations.push({ id: associationId, slug: scaleSlug(a), name: `Samordningsförbundet Skala ${a}` });
    settings.push({ id: randomUUID(), associationId });
    rules.push({
      id: randomUUID(),
      associationId,
      effectiveFromYear: years[0]!,
      equityFloor: '500000',
      prognosisYears: 3,
    });
    const memberIds = ['FK', 'AF', 'REGION'].map((kind, order) => {
      const id = randomUUID();
      members.push({ id, associationId, kind: kind as 'FK' | 'AF' | 'REGION', name: `${kind} Skala ${a}`, order });
      return id;
    });
    const personIds = ROLES.map((role, p) => {
      const id = randomUUID();
      people.push({ id, email: scaleEmail(a, p), name: `Person ${p} i Skala ${a}`, passwordHash });
      roles.push({ id: randomUUID(), personId: id, associationId, role });
      return id;
    });
    const [director, , chair] = personIds;

    for (const [y, year] of years.entries()) {
      const planId = randomUUID();
      const adopted = y < years.length - 1;
      plans.push({
        id: planId,
        associationId,
        year,
        title: `Verksamhets- och budgetplan ${year}`,
        status: adopted ? ('ADOPTED' as const) : ('DRAFT' as const),
        adoptedAt: adopted ? new Date(Date.UTC(year - 1, 10, 20)) : null,
        lockedAt: adopted ? new Date(Date.UTC(year - 1, 10, 20)) : null,
      });
      for (let s = 0; s < 4; s++) {
        sections.push({
          id: randomUUID(),
          planId,
          order: s,
          title: ['Inledning', 'Förbundets uppdrag', 'Insatser', 'Uppföljning'][s]!,
          bodyMarkdown: `Förbundet arbetar ${year} med samordnad rehabilitering.\n\n- punkt ett\n- punkt två\n\n${'Text om året och arbetet. '.repeat(20)}`,
        });
      }
      const lineIds: string[] = [];
      for (let order = 0; order < linesPerPlan; order++) {
        const id = randomUUID();
        const income = order < 3;
        lines.push({
          id,
          planId,
          order,
          name: income ? `Medlemsavgift ${['FK', 'AF', 'Region'][order]}` : `Kostnadsrad ${order}`,
          type: income ? ('INCOME' as const) : ('COST' as const),
          category: income ? ('MEMBER_CONTRIBUTION' as const) : COST_CATEGORIES[order % 4]!,
          memberId: income ? memberIds[order]! : null,
        });
        for (let offset = 0; offset < 4; offset++) {
          amounts.push({
            id: randomUUID(),
            budgetLineId: id,
            year: year + offset,
            kind: offset === 0 ? ('BUDGET' as const) : ('PROGNOSIS' as const),
            amount: kr(income ? 2_000_000 + a * 1000 : 100_000 + order * 1234 + offset * 500),
          });
        }
        if (!income) {
          lineIds.push(id);
          for (let month = 1; month <= 12; month++) {
            outcomes.push({ id: randomUUID(), budgetLineId: id, year, month, amount: kr(8000 + order * 100 + month) });
          }
        }
      }
      for (let m = 0; m < meetingsPerYear; m++) {
        const meetingId = randomUUID();
        meetings.push({
          id: meetingId,
          associationId,
          body: BODIES[m % BODIES.length]!,
          title: `Sammanträde ${m + 1} ${year}`,
          startsAt: new Date(Date.UTC(year, 1 + m * 2, 10, 9)),
          status: 'HELD' as const,
        });
        for (let p = 0; p < paragraphsPerMeeting; p++) {
          paragraphs.push({
            id: randomUUID(),
            meetingId,
            associationId,
            year,
            number: m * paragraphsPerMeeting + p + 1,
            title: `Paragraf ${p + 1}`,
            discussion: 'Förbundschefen redogjorde för ärendet. '.repeat(4),
            decisionText: 'Styrelsen beslutar att godkänna redovisningen.',
          });
        }
      }
      for (let i = 0; i < invoicesPerYear; i++) {
        const invoiceId = randomUUID();
        const excl = 1000 + ((i * 7919) % 90_000);
        invoices.push({
          id: invoiceId,
          associationId,
          supplier: `Leverantör ${i % 12}`,
          invoiceNumber: `${year}-${i}`,
          invoiceDate: new Date(Date.UTC(year, i % 12, 1 + (i % 27))),
          amountExclVat: kr(excl),
          amountInclVat: kr(excl * 1.25),
          budgetLineId: lineIds[i % lineIds.length]!,
          status: 'PAID' as const,
          paidAt: new Date(Date.UTC(year, i % 12, 28)),
        });
        attestations.push({
          id: randomUUID(),
          invoiceId,
          attestedById: excl * 1.25 > 74_000 ? chair! : director!,
          outcome: 'ATTESTED' as const,
          rule: 'director-within-limit',
        });
      }
    }
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await insert(client, 'Association', associations);
    await insert(client, 'AssociationSettings', settings);
    await insert(client, 'AssociationRules', rules);
    await insert(client, 'Member', members);
    await insert(client, 'Person', people);
    await insert(client, 'RoleAssignment', roles);
    await insert(client, 'Plan', plans);
    await insert(client, 'PlanSection', sections);
    await insert(client, 'BudgetLine', lines);
    await insert(client, 'BudgetAmount', amounts);
    await insert(client, 'BudgetOutcome', outcomes);
    await insert(client, 'Meeting', meetings);
    await insert(client, 'MinutesParagraph', paragraphs);
    await insert(client, 'Invoice', invoices);
    await insert(client, 'Attestation', attestations);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  return {
    associations: associations.length,
    people: people.length,
    plans: plans.length,
    budgetLines: lines.length,
    budgetAmounts: amounts.length,
    budgetOutcomes: outcomes.length,
    meetings: meetings.length,
    paragraphs: paragraphs.length,
    invoices: invoices.length,
    attestations: attestations.length,
  };
}
