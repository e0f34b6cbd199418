import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { attestInvoice } from '@/server/invoice/attest-invoice';
import { markInvoicePaid } from '@/server/invoice/mark-invoice-paid';
import { recordInvoice } from '@/server/invoice/record-invoice';
import { rejectInvoice } from '@/server/invoice/reject-invoice';
import { setPriceBaseAmount } from '@/server/invoice/set-price-base-amount';
import { updateDelegationSettings } from '@/server/invoice/update-delegation-settings';
import { seedDemoData } from '@/server/seed/seed-demo';
import { attestLogReport } from '@/server/audit-desk/attest-log-report';
import { deskContext } from '@/server/audit-desk/audit-desk-context';
import { FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const PDF = { fileName: 'faktura.pdf', bytes: new TextEncoder().encode('%PDF-1.4 test') };
const deps = () => ({ db: database.prisma, now: new Date('2026-11-20T12:00:00Z') });
const ids = {
  gotland: '',
  sjobygden: '',
  director: '',
  admin: '',
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
/** A board meeting with one decision at `at`; returns the decision's id. */
async function boardDecision(at: string, text = 'Styrelsen ändrar attestordningen.') {
  const meeting = await database.prisma.meeting.create({
    data: {
      associationId: ids.gotland,
      body: 'BOARD',
      title: `Styrelsemöte ${at.slice(0, 10)}`,
      startsAt: new Date(at),
    },
  });
  const decision = await database.prisma.decision.create({
    data: { associationId: ids.gotland, meetingId: meeting.id, text, decidedAt: new Date(at) },
  });
  return decision.id;
}
async function record(invoiceNumber: string, fields: Partial<Parameters<typeof recordInvoice>[0]> = {}) {
  const { invoiceId } = await recordInvoice(
    {
      associationId: ids.gotland,
      supplier: 'Attestordning AB',
      invoiceNumber,
      invoiceDate: '2026-11-19',
      amountExclVat: '4000',
      vatPercent: '25',
      payeeKind: 'SUPPLIER',
      attachment: PDF,
      ...fields,
    },
    { personId: ids.admin },
    deps(),
  );
  return invoiceId;
}
const issues = (error: unknown) =>
  Object.fromEntries(
    (error as { issues: { path: string[]; message: string }[] }).issues.map((i) => [i.path[0], i.message]),
  );
const message = (error: unknown) => ((error as AuthorizationError).userMessage ?? '').replace(/\u00a0/g, ' ');
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
  ids.admin = await personId('admin@finsamgotland.se');
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
      data: expect.objectContaining({ rule: 'DIRECTOR_WITHIN_LIMIT', limitExclVat: '59200.00' }),
    });
  });

  it('a 64 000 kr (excl. VAT) invoice is refused for the director with the reason, nothing changed; the chair attests it', async () => {
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
      'Förbundschefen får attestera upp till 59 200 kr exkl. moms',
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
        vatPercent: '0',
        payeeKind: 'PERSON',
        payeePersonId: ids.chair,
        attachment: PDF,
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
    // The chair's conflict of interest is in the invoice itself: stored as the reason, listed for the auditor.
    expect(await database.prisma.attestation.findFirstOrThrow({ where: { invoiceId } })).toMatchObject({
      substituteReason: 'CONFLICT_OF_INTEREST',
    });
  });

  it('the vice chair attests for an absent chair only with a reason and a real note', async () => {
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'Stor Leverantör AB',
        invoiceNumber: 'S-1',
        invoiceDate: '2026-11-19',
        amountExclVat: '80000',
        amountInclVat: '100000',
        payeeKind: 'SUPPLIER',
        attachment: PDF,
      },
      { personId: ids.director },
      deps(),
    );
    const before = await snapshot();
    const noNote = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId, version: 1, substituteReason: 'ABSENT' },
        { personId: ids.vice },
        deps(),
      ),
    );
    expect((noNote as FieldValidationError).fieldErrors.note).toContain('Skriv en riktig anteckning');
    expect(await snapshot()).toEqual(before);
    const result = await attestInvoice(
      {
        associationId: ids.gotland,
        invoiceId,
        version: 1,
        substituteReason: 'ABSENT',
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

describe('the attest order: each bypass is refused for its own reason', () => {
  it('the director raising her own limit to 999 prisbasbelopp is refused; the invoice stays refused for her', async () => {
    const decision = await boardDecision('2026-11-05T16:00:00Z', 'Förbundschefens attestgräns höjs.');
    const invoiceId = await record('HOG-1', { supplier: 'Konsult Gotland AB', amountExclVat: '64000' });
    const before = await snapshot();
    const raised = await refusal(
      updateDelegationSettings(
        {
          associationId: ids.gotland,
          version: null,
          decisionId: decision,
          directorAttestLimitPbb: '999',
          attestAboveLimitRole: 'CHAIR',
          attestSubstituteRole: 'VICE_CHAIR',
          directorSubstituteRole: 'CHAIR',
        },
        { personId: ids.director },
        deps(),
      ),
    );
    expect((raised as AuthorizationError).code).toBe('FORBIDDEN');
    expect(message(raised)).toBe(
      'Du kan inte ändra en regel som gäller din egen attesträtt (förbundschefens attestgräns). Styrelsens beslut registreras av någon annan, t.ex. administratören.',
    );
    // Nor her substitute.
    const substitute = await refusal(
      updateDelegationSettings(
        {
          associationId: ids.gotland,
          version: null,
          decisionId: decision,
          directorAttestLimitPbb: '1',
          attestAboveLimitRole: 'CHAIR',
          attestSubstituteRole: 'VICE_CHAIR',
          directorSubstituteRole: 'VICE_CHAIR',
        },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(message(substitute)).toContain('förbundschefens ersättare');
    expect(await snapshot()).toEqual(before);
    expect(await database.prisma.delegationChange.count()).toBe(0);
    const attest = await refusal(
      attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.director }, deps()),
    );
    expect(message(attest)).toContain('Ordföranden attesterar.');
  });

  it('an own expense with no payee is refused when recorded; with herself as payee it goes to the chair', async () => {
    const noPayee = await refusal(
      record('EGEN-1', { supplier: 'Anna Lind (utlägg)', payeeKind: 'PERSON', concernsPersonId: ids.director }),
    );
    expect(issues(noPayee).payeePersonId).toBe('Välj vilken person i förbundet som ska få betalningen.');
    const missingKind = await refusal(record('EGEN-1', { payeeKind: undefined as unknown as 'SUPPLIER' }));
    expect((missingKind as { issues: { path: string[]; message: string }[] }).issues).toEqual([
      expect.objectContaining({
        path: ['payeeKind'],
        message: 'Ange vem som ska få betalningen: leverantören eller en person i förbundet.',
      }),
    ]);

    const invoiceId = await record('EGEN-2', {
      supplier: 'Utlägg förbundschefen',
      amountExclVat: '300',
      payeeKind: 'PERSON',
      payeePersonId: ids.director,
    });
    const own = await refusal(
      attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.director }, deps()),
    );
    expect(message(own)).toContain('ingen attesterar en betalning till sig själv');
    expect(
      (await attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.chair }, deps()))
        .rule,
    ).toBe('CHAIR_CONCERNS_DIRECTOR');

    // An invoice to a person of the association that names nobody (e.g. imported) is not attested.
    const unnamed = await database.prisma.invoice.create({
      data: {
        associationId: ids.gotland,
        supplier: 'Utlägg',
        invoiceNumber: 'EGEN-3',
        invoiceDate: new Date('2026-11-19'),
        amountExclVat: '300',
        amountInclVat: '300',
        payeeKind: 'PERSON',
        attachments: {
          create: {
            associationId: ids.gotland,
            fileName: 'kvitto.pdf',
            mimeType: 'application/pdf',
            sizeBytes: 8,
            data: Buffer.from('%PDF-1.4'),
            uploadedById: ids.admin,
          },
        },
      },
    });
    const unnamedRefused = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId: unnamed.id, version: 1 },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(message(unnamedRefused)).toContain('betalningsmottagaren är inte angiven');
  });

  it('the vice chair ticking "the chair is absent" for 500 000 kr with the note "x" is refused', async () => {
    const invoiceId = await record('STOR-1', { amountExclVat: '400000', vatPercent: '25' });
    const before = await snapshot();
    const attempt = (note: string, substituteReason: 'ABSENT' | null = 'ABSENT') =>
      refusal(
        attestInvoice(
          { associationId: ids.gotland, invoiceId, version: 1, substituteReason, note },
          { personId: ids.vice },
          deps(),
        ),
      );
    expect(((await attempt('x')) as FieldValidationError).fieldErrors.note).toContain('minst 20 tecken');
    expect(((await attempt('xxxxxxxxxxxxxxxxxxxxxxxxx')) as FieldValidationError).fieldErrors.note).toContain(
      'minst 20 tecken',
    );
    // No reason from the list: the rule names the chair.
    expect(message(await attempt('Ordföranden är bortrest hela veckan.', null))).toContain('Ordföranden attesterar.');
    expect(await snapshot()).toEqual(before);
    const done = await attestInvoice(
      {
        associationId: ids.gotland,
        invoiceId,
        version: 1,
        substituteReason: 'ABSENT',
        note: 'Ordföranden är bortrest hela veckan.',
      },
      { personId: ids.vice },
      deps(),
    );
    expect(done.rule).toBe('VICE_CHAIR_SUBSTITUTE');
    expect(
      await database.prisma.auditLog.findFirstOrThrow({ where: { action: 'invoice.attested', entityId: invoiceId } }),
    ).toMatchObject({
      data: expect.objectContaining({ substituteReason: 'ABSENT', note: 'Ordföranden är bortrest hela veckan.' }),
    });
    // The auditor's desk lists the substitution with its reason and note.
    const report = await attestLogReport(
      deskContext(database.prisma, { id: ids.gotland, name: 'FinsamGotland' }, 2026, deps().now),
    );
    const row = report.rows.find((r) => r.cells[3] === 'STOR-1')!;
    expect(row.highlight).toBe(true);
    expect(row.cells.at(-1)).toBe(
      'Ersättare attesterade, skäl: frånvaro. Anteckning: Ordföranden är bortrest hela veckan.',
    );
  });

  it('an invoice without its document is refused with the reason, whoever the rule names', async () => {
    const invoiceId = await record('UTAN-1', { attachment: null });
    const before = await snapshot();
    const refused = await refusal(
      attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.director }, deps()),
    );
    expect((refused as AuthorizationError).code).toBe('FORBIDDEN');
    expect(message(refused)).toContain('Fakturan kan inte attesteras utan sitt underlag');
    expect(await snapshot()).toEqual(before);
    // It can still be rejected for lacking it.
    await rejectInvoice(
      { associationId: ids.gotland, invoiceId, version: 1, reason: 'Underlag saknas' },
      { personId: ids.director },
      deps(),
    );
  });

  it("the director absent: the delegation's substitute (the chair) attests within her limit, with reason and note", async () => {
    const invoiceId = await record('LITEN-1', { amountExclVat: '2000' });
    const plain = await refusal(
      attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.chair }, deps()),
    );
    expect(message(plain)).toContain('Förbundschefen attesterar fakturor inom attestgränsen');
    const result = await attestInvoice(
      {
        associationId: ids.gotland,
        invoiceId,
        version: 1,
        substituteReason: 'ABSENT',
        note: 'Förbundschefen är sjukskriven denna vecka.',
      },
      { personId: ids.chair },
      deps(),
    );
    expect(result.rule).toBe('DIRECTOR_SUBSTITUTE');
  });

  it("VAT: a 74 000 kr invoice with no VAT is above the director's limit; inconsistent VAT is refused", async () => {
    const invoiceId = await record('KOMMUN-1', { supplier: 'Region Gotland', amountExclVat: '74000', vatPercent: '0' });
    expect(
      (await database.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).amountInclVat.toFixed(),
    ).toBe('74000');
    const refused = await refusal(
      attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.director }, deps()),
    );
    expect(message(refused)).toContain('Fakturan är 74 000 kr exkl. moms');
    const mismatch = await refusal(record('KOMMUN-2', { amountExclVat: '1000', vatPercent: '25', vatAmount: '60' }));
    expect((mismatch as { issues: { path: string[]; message: string }[] }).issues).toEqual([
      expect.objectContaining({ path: ['vatAmount'], message: 'Momsbeloppet stämmer inte med momssatsen.' }),
    ]);
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
      payeeKind: 'SUPPLIER' as const,
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
          payeeKind: 'SUPPLIER',
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
        payeeKind: 'SUPPLIER',
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
  it('a change needs a board decision of a day that has come, and takes effect from its date', async () => {
    const input = {
      associationId: ids.gotland,
      version: null,
      decisionId: '',
      directorAttestLimitPbb: '1,25',
      attestAboveLimitRole: 'CHAIR' as const,
      attestSubstituteRole: 'VICE_CHAIR' as const,
      directorSubstituteRole: 'CHAIR' as const,
    };
    const none = await refusal(updateDelegationSettings(input, { personId: ids.admin }, deps()));
    expect(issues(none).decisionId).toBe('Välj det beslut av styrelsen som ändringen gäller.');
    const future = await boardDecision('2026-12-11T16:00:00Z');
    const early = await refusal(
      updateDelegationSettings({ ...input, decisionId: future }, { personId: ids.admin }, deps()),
    );
    expect((early as FieldValidationError).fieldErrors.decisionId).toContain('Beslutet är inte fattat ännu');
    expect(await database.prisma.delegationChange.count()).toBe(0);

    const decided = await boardDecision('2026-11-18T16:00:00Z');
    await updateDelegationSettings({ ...input, decisionId: decided }, { personId: ids.admin }, deps());
    const audit = await database.prisma.auditLog.findFirstOrThrow({
      where: { action: 'settings.delegationChanged', associationId: ids.gotland },
    });
    expect(audit).toMatchObject({
      personId: ids.admin,
      data: expect.objectContaining({
        decisionId: decided,
        effectiveFrom: '2026-11-18',
        before: { directorAttestLimitPbb: '1' },
        after: { directorAttestLimitPbb: '1.25' },
      }),
    });
    // 72 000 kr excl. VAT: within 1,25 prisbasbelopp (74 000 kr) from 18 November, not on the 17th.
    const { invoiceId } = await recordInvoice(
      {
        associationId: ids.gotland,
        supplier: 'Mellanstor AB',
        invoiceNumber: 'M-1',
        invoiceDate: '2026-11-16',
        amountExclVat: '72000',
        vatPercent: '25',
        payeeKind: 'SUPPLIER',
        attachment: PDF,
      },
      { personId: ids.admin },
      deps(),
    );
    const dayBefore = await refusal(
      attestInvoice(
        { associationId: ids.gotland, invoiceId, version: 1 },
        { personId: ids.director },
        {
          db: database.prisma,
          now: new Date('2026-11-17T12:00:00Z'),
        },
      ),
    );
    expect((dayBefore as AuthorizationError).userMessage?.replace(/\u00a0/g, ' ')).toContain(
      'upp till 59 200 kr exkl. moms',
    );
    expect(
      (await attestInvoice({ associationId: ids.gotland, invoiceId, version: 1 }, { personId: ids.director }, deps()))
        .rule,
    ).toBe('DIRECTOR_WITHIN_LIMIT');

    const stale = await refusal(
      updateDelegationSettings({ ...input, decisionId: decided }, { personId: ids.admin }, deps()),
    );
    expect(stale).toBeInstanceOf(StaleVersionError);
    const chair = await refusal(
      updateDelegationSettings({ ...input, version: 1, decisionId: decided }, { personId: ids.chair }, deps()),
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
