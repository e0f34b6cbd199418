import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import { markInvoicePaid } from '@/server/invoice/mark-invoice-paid';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { rejectInvoice } from '@/server/invoice/reject-invoice';
import { setPriceBaseAmount } from '@/server/invoice/set-price-base-amount';
import { updateDelegationSettings } from '@/server/invoice/update-delegation-settings';
import { seedDemoData } from '@/server/seed/seed-demo';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const deps = () => ({ db: database.prisma, now: new Date('2026-11-20T12:00:00Z') });
const ids = {
  gotland: '',
  sjobygden: '',
  director: '',
  chair: '',
  vice: '',
  auditor: '',
  sjobygdenChair: '',
  plan2026: '',
};

async function personId(email: string) {
  return (await database.prisma.person.findUniqueOrThrow({ where: { email } })).id;
}
async function invoiceNumbered(invoiceNumber: string) {
  return database.prisma.invoice.findFirstOrThrow({
    where: { associationId: ids.gotland, invoiceNumber },
    include: { attestations: true },
  });
}
async function snapshot() {
  const [invoices, attestations, audit] = await Promise.all([
    database.prisma.invoice.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, version: true } }),
    database.prisma.attestation.count(),
    database.prisma.auditLog.count(),
  ]);
  return { invoices, attestations, audit };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.prisma);
  ids.gotland = (await database.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  ids.director = await personId('chef@samplan.se');
  ids.chair = await personId('ordforande@finsamgotland.se');
  ids.vice = await personId('vice@finsamgotland.se');
  ids.auditor = await personId('revisor@finsamgotland.se');
  const sjobygdenChair = await database.prisma.roleAssignment.findFirstOrThrow({
    where: { association: { slug: { not: 'finsamgotland' } }, role: 'CHAIR' },
  });
  ids.sjobygden = sjobygdenChair.associationId;
  ids.sjobygdenChair = sjobygdenChair.personId;
  ids.plan2026 = (
    await database.prisma.plan.findFirstOrThrow({
      where: { associationId: ids.gotland, year: 2026, status: 'ADOPTED' },
    })
  ).id;
});

afterAll(async () => {
  await database?.drop();
});

describe('attesting invoices by the attestordning', () => {
  it('the director attests a 5 000 kr invoice: the rule is recorded and audited', async () => {
    const invoice = await invoiceNumbered('F-1187');
    const result = await attestInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
      { personId: ids.director },
      deps(),
    );
    expect(result.rule).toBe('DIRECTOR_WITHIN_LIMIT');
    const after = await invoiceNumbered('F-1187');
    expect(after.status).toBe('ATTESTED');
    expect(after.attestations).toMatchObject([
      { attestedById: ids.director, outcome: 'ATTESTED', rule: 'DIRECTOR_WITHIN_LIMIT' },
    ]);
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: 'invoice.attested', entityId: invoice.id },
    });
    expect(audit).toMatchObject({
      personId: ids.director,
      data: expect.objectContaining({ rule: 'DIRECTOR_WITHIN_LIMIT', limitInclVat: '74000.00' }),
    });
  });

  it('an 80 000 kr invoice is refused for the director with the reason, nothing changed; the chair attests it', async () => {
    const invoice = await invoiceNumbered('AKG-2026-118');
    const before = await snapshot();
    const error = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(error).toBeInstanceOf(AuthorizationError);
    expect((error as AuthorizationError).code).toBe('FORBIDDEN');
    expect((error as AuthorizationError).userMessage?.replace(/\u00a0/g, ' ')).toContain(
      'Förbundschefen får attestera upp till 74 000 kr',
    );
    expect(await snapshot()).toEqual(before);

    const viceRefused = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
        { personId: ids.vice },
        deps(),
      ),
    );
    expect((viceRefused as AuthorizationError).code).toBe('FORBIDDEN');

    const result = await attestInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
      { personId: ids.chair },
      deps(),
    );
    expect(result.rule).toBe('CHAIR_ABOVE_LIMIT');
    expect((await invoiceNumbered('AKG-2026-118')).attestations).toHaveLength(1);

    await markInvoicePaid(
      { associationId: ids.gotland, invoiceId: invoice.id, version: result.version, paidAt: '2026-11-25' },
      { personId: ids.director },
      deps(),
    );
    expect(await invoiceNumbered('AKG-2026-118')).toMatchObject({
      status: 'PAID',
      paidAt: new Date('2026-11-25T00:00:00Z'),
    });
  });

  it("the director's own travel goes to the chair", async () => {
    const invoice = await invoiceNumbered('DG-884213');
    const error = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
        { personId: ids.director },
        deps(),
      ),
    );
    expect((error as AuthorizationError).code).toBe('FORBIDDEN');
    const result = await attestInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
      { personId: ids.chair },
      deps(),
    );
    expect(result.rule).toBe('CHAIR_CONCERNS_DIRECTOR');
  });

  it("the chair's own payment is refused for the chair; the vice chair may", async () => {
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'Ordförandes arvode',
        invoiceNumber: 'ARV-2026',
        invoiceDate: '2026-11-19',
        amountExclVat: '80 000',
        amountInclVat: '80 000',
        payeePersonId: ids.chair,
      },
      { personId: ids.director },
      deps(),
    );
    const before = await snapshot();
    const error = await refusal(
      attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.chair }, deps()),
    );
    expect((error as AuthorizationError).code).toBe('FORBIDDEN');
    expect((error as AuthorizationError).userMessage).toContain('ingen attesterar en betalning till sig själv');
    expect(await snapshot()).toEqual(before);
    const result = await attestInvoice(
      { associationId: ids.gotland, invoiceId, version: 1 },
      { personId: ids.vice },
      deps(),
    );
    expect(result.rule).toBe('VICE_CHAIR_SUBSTITUTE');
  });

  it('the vice chair attests for an absent chair only with a note', async () => {
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'Stor Leverantör AB',
        invoiceNumber: 'S-1',
        invoiceDate: '2026-11-19',
        amountExclVat: '80000',
        amountInclVat: '100000',
      },
      { personId: ids.director },
      deps(),
    );
    const noNote = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId, version: 1, aboveLimitRoleUnavailable: true },
        { personId: ids.vice },
        deps(),
      ),
    );
    expect(noNote).toBeInstanceOf(FieldValidationError);
    const result = await attestInvoice(
      {
        associationId: ids.gotland,
        invoiceId,
        version: 1,
        aboveLimitRoleUnavailable: true,
        note: 'Ordföranden är på semester till 1 december.',
      },
      { personId: ids.vice },
      deps(),
    );
    expect(result.rule).toBe('VICE_CHAIR_SUBSTITUTE');
  });

  it('a foreign association and an auditor are refused', async () => {
    const invoice = await invoiceNumbered('KG-30211');
    const before = await snapshot();
    const foreign = await refusal(
      attestInvoice(
        { associationId: ids.sjobygden, invoiceId: invoice.id, version: invoice.version },
        { personId: ids.sjobygdenChair },
        deps(),
      ),
    );
    expect((foreign as AuthorizationError).code).toBe('NOT_FOUND');
    const outsider = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
        { personId: ids.sjobygdenChair },
        deps(),
      ),
    );
    expect(outsider).toBeInstanceOf(AuthorizationError);
    const auditor = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version },
        { personId: ids.auditor },
        deps(),
      ),
    );
    expect((auditor as AuthorizationError).code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
  });

  it('a stale version is refused with the fresh state', async () => {
    const invoice = await invoiceNumbered('KG-30211');
    const error = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version + 1 },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(error).toBeInstanceOf(StaleVersionError);
    expect((error as StaleVersionError<unknown>).fresh).toEqual({
      invoice: { status: 'RECEIVED', version: invoice.version },
    });
  });

  it('a rejection needs a reason and the right to attest', async () => {
    const invoice = await invoiceNumbered('KG-30211');
    expect(
      await refusal(
        rejectInvoice(
          { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version, reason: ' ' },
          { personId: ids.director },
          deps(),
        ),
      ),
    ).toBeTruthy();
    const chair = await refusal(
      rejectInvoice(
        { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version, reason: 'Fel' },
        { personId: ids.chair },
        deps(),
      ),
    );
    expect((chair as AuthorizationError).code).toBe('FORBIDDEN');
    await rejectInvoice(
      { associationId: ids.gotland, invoiceId: invoice.id, version: invoice.version, reason: 'Dubbelfakturerad' },
      { personId: ids.director },
      deps(),
    );
    expect(await invoiceNumbered('KG-30211')).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Dubbelfakturerad',
    });
  });
});

describe('recording invoices', () => {
  it('refuses a duplicate, incl. below excl. and a fake PDF, with field messages', async () => {
    const base = {
      associationId: ids.gotland,
      supplier: 'Visby Konferens AB',
      invoiceNumber: '2026-0412',
      invoiceDate: '2026-11-19',
      amountExclVat: '100',
      amountInclVat: '125',
    };
    const duplicate = await refusal(recordInvoice(base, { personId: ids.director }, deps()));
    expect((duplicate as FieldValidationError).fieldErrors.invoiceNumber).toContain('Det finns redan en faktura');
    const errors = await refusal(
      recordInvoice(
        {
          ...base,
          invoiceNumber: 'N-1',
          amountInclVat: '99',
          attachment: { fileName: 'faktura.pdf', bytes: new TextEncoder().encode('<html>') },
        },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(Object.keys((errors as { issues: { path: string[] }[] }).issues.map((i) => i.path[0]))).toHaveLength(2);
  });

  it('stores a PDF attachment and checks the budget line belongs to the plan of the year', async () => {
    const line = await database.prisma.budgetLine.findFirstOrThrow({
      where: { planId: ids.plan2026, name: 'Jobbvägen försteget' },
    });
    const wrongYear = await refusal(
      recordInvoice(
        {
          associationId: ids.gotland,
          supplier: 'X AB',
          invoiceNumber: 'X-1',
          invoiceDate: '2025-06-01',
          amountExclVat: '100',
          amountInclVat: '125',
          budgetLineId: line.id,
        },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(Object.keys((wrongYear as FieldValidationError).fieldErrors)).toEqual(['budgetLineId']);
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'X AB',
        invoiceNumber: 'X-2',
        invoiceDate: '2026-06-01',
        amountExclVat: '100',
        amountInclVat: '125',
        budgetLineId: line.id,
        attachment: { fileName: 'x.pdf', bytes: new TextEncoder().encode('%PDF-1.4 test') },
      },
      { personId: ids.director },
      deps(),
    );
    expect(await database.prisma.attachment.findFirstOrThrow({ where: { invoiceId } })).toMatchObject({
      mimeType: 'application/pdf',
      sizeBytes: 13,
    });
  });
});

describe('delegation settings', () => {
  it('a change of the limit is audited with before and after, and changes who attests', async () => {
    const settings = await database.prisma.associationSettings.findUniqueOrThrow({
      where: { associationId: ids.gotland },
    });
    await updateDelegationSettings(
      {
        associationId: ids.gotland,
        version: settings.version,
        directorAttestLimitPbb: '2',
        vatPercent: '25',
        attestAboveLimitRole: 'CHAIR',
        attestSubstituteRole: 'VICE_CHAIR',
      },
      { personId: ids.director },
      deps(),
    );
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: 'settings.delegationChanged', associationId: ids.gotland },
    });
    expect(audit.data).toMatchObject({
      before: { directorAttestLimitPbb: '1' },
      after: { directorAttestLimitPbb: '2' },
    });
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'Mellanstor AB',
        invoiceNumber: 'M-1',
        invoiceDate: '2026-11-19',
        amountExclVat: '72000',
        amountInclVat: '90000',
      },
      { personId: ids.director },
      deps(),
    );
    expect(
      (await attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.director }, deps()))
        .rule,
    ).toBe('DIRECTOR_WITHIN_LIMIT');
    const stale = await refusal(
      updateDelegationSettings(
        {
          associationId: ids.gotland,
          version: settings.version,
          directorAttestLimitPbb: '1',
          vatPercent: '25',
          attestAboveLimitRole: 'CHAIR',
          attestSubstituteRole: 'VICE_CHAIR',
        },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(stale).toBeInstanceOf(StaleVersionError);
    const chair = await refusal(
      updateDelegationSettings(
        {
          associationId: ids.gotland,
          version: settings.version + 1,
          directorAttestLimitPbb: '5',
          vatPercent: '25',
          attestAboveLimitRole: 'CHAIR',
          attestSubstituteRole: 'VICE_CHAIR',
        },
        { personId: ids.chair },
        deps(),
      ),
    );
    expect((chair as AuthorizationError).code).toBe('FORBIDDEN');
  });

  it('the director sets a prisbasbelopp, audited', async () => {
    const audited = () =>
      database.prisma.auditLog.count({ where: { action: 'priceBaseAmount.set', associationId: ids.gotland } });
    const before = await audited(); // the demo seed has one of its own (the auditor's desk lists it)
    await setPriceBaseAmount(
      { associationId: ids.gotland, year: 2027, amount: '60 500', version: null },
      { personId: ids.director },
      deps(),
    );
    const stored = await database.prisma.priceBaseAmount.findUniqueOrThrow({
      where: { associationId_year: { associationId: ids.gotland, year: 2027 } },
    });
    expect(stored.amount.toString()).toBe('60500');
    expect(await audited()).toBe(before + 1);
  });
});
