import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAttestLogCsv } from '@/server/attest-log/export-attest-log-csv';
import { exportAttestLogXlsx } from '@/server/attest-log/export-attest-log-xlsx';
import { getAttestLog } from '@/server/attest-log/get-attest-log';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { seedDemoData } from '@/server/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
let association: string;
let sjobygden: string;
let structural: string;
let followUpLine: string;
const people: Record<string, string> = {};
const options = () => ({ db: db.prisma });
const as = (email: string) => ({ personId: people[email]! });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  association = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  sjobygden = (await db.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } })).id;
  for (const person of await db.prisma.person.findMany()) people[person.email] = person.id;
  const plan = await db.prisma.plan.findFirstOrThrow({ where: { associationId: association, year: 2026 } });
  structural = (
    await db.prisma.budgetLine.findFirstOrThrow({
      where: { planId: plan.id, name: 'Strukturell samverkan & kompetensutveckling' },
    })
  ).id;
  followUpLine = (
    await db.prisma.budgetLine.findFirstOrThrow({ where: { planId: plan.id, name: 'Uppföljning & utvärdering' } })
  ).id;
  // The seeded attest happened "now"; pin it to a known date, and add a chair's attest in the autumn.
  await db.prisma.attestation.updateMany({
    where: { invoice: { associationId: association } },
    data: { createdAt: new Date('2026-05-10T10:00:00+02:00') },
  });
  const received = await db.prisma.invoice.findFirstOrThrow({
    where: { associationId: association, invoiceNumber: 'F-1187' },
  });
  await db.prisma.attestation.create({
    data: {
      invoiceId: received.id,
      attestedById: people['ordforande@finsamgotland.se']!,
      outcome: 'ATTESTED',
      rule: 'CHAIR_ABOVE_LIMIT',
      createdAt: new Date('2026-11-20T23:30:00+01:00'),
    },
  });
});
afterAll(() => db.drop());

describe('the attest log', () => {
  it('lists the seeded attest with who, which rule, and the invoice', async () => {
    const log = await getAttestLog({ associationId: association }, as('revisor@finsamgotland.se'), options());
    expect(log.entries).toHaveLength(2);
    const seeded = log.entries.find((e) => e.invoice.supplier === 'Visby Konferens AB')!;
    expect(seeded).toMatchObject({
      rule: 'DIRECTOR_WITHIN_LIMIT',
      outcome: 'ATTESTED',
      person: { name: 'Anna Lind' },
      budgetLine: { id: structural },
    });
    expect(seeded.invoice.amountInclVat.toString()).toBe('15500');
    expect(log.people.map((p) => p.name).sort()).toEqual(['Anna Lind', 'Lars Hedin']);
  });

  it('filters by person, budget line and period (Swedish calendar days)', async () => {
    const by = async (filter: object) =>
      (await getAttestLog({ associationId: association, ...filter }, as('chef@samplan.se'), options())).entries.map(
        (e) => e.invoice.invoiceNumber,
      );
    expect(await by({ personId: people['ordforande@finsamgotland.se'] })).toEqual(['F-1187']);
    expect(await by({ budgetLineId: structural })).toEqual(['2026-0412']);
    expect(await by({ budgetLineId: followUpLine })).toEqual(['F-1187']);
    expect(await by({ from: '2026-05-01', to: '2026-05-31' })).toEqual(['2026-0412']);
    // 23:30 on 20 November Swedish time is 22:30 UTC: it belongs to the 20th, not the 21st.
    expect(await by({ from: '2026-11-20', to: '2026-11-20' })).toEqual(['F-1187']);
    expect(await by({ from: '2026-11-21' })).toEqual([]);
  });

  it('reads Attestation rows only: an invoice marked attested without an attest is not in it', async () => {
    await db.prisma.invoice.create({
      data: {
        associationId: association,
        supplier: 'Utan Attest AB',
        invoiceNumber: 'X-1',
        invoiceDate: new Date('2026-06-01'),
        amountExclVat: '100',
        amountInclVat: '125',
        status: 'ATTESTED',
      },
    });
    const log = await getAttestLog({ associationId: association }, as('chef@samplan.se'), options());
    expect(log.entries.map((e) => e.invoice.supplier)).not.toContain('Utan Attest AB');
  });

  it('is refused to those who may not read invoices, and not found for another association', async () => {
    await expect(
      getAttestLog({ associationId: association }, as('beredning@finsamgotland.se'), options()),
    ).rejects.toMatchObject(new AuthorizationError('FORBIDDEN'));
    await expect(
      getAttestLog({ associationId: sjobygden }, as('revisor@finsamgotland.se'), options()),
    ).rejects.toMatchObject(new AuthorizationError('NOT_FOUND'));
  });

  it('exports the filtered log as CSV and XLSX', async () => {
    const csv = await exportAttestLogCsv(
      { associationId: association, budgetLineId: structural },
      as('revisor@finsamgotland.se'),
      options(),
    );
    const text = new TextDecoder().decode(csv.body);
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Datum och tid;Person;Leverantör;Fakturanummer;Belopp exkl. moms;Belopp inkl. moms;Budgetrad;Regel;Utfall',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      '2026-05-10 kl. 10:00;Anna Lind;Visby Konferens AB;2026-0412;12 400 kr;15 500 kr;Strukturell samverkan & kompetensutveckling;Förbundschefen inom attestgränsen;Attesterad',
    );
    const xlsx = await exportAttestLogXlsx({ associationId: association }, as('revisor@finsamgotland.se'), options());
    expect(Buffer.from(xlsx.body).subarray(0, 2).toString()).toBe('PK');
  });
});
