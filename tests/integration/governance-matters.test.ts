import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import { getMatter } from '@/server/matter/get-matter';
import { markMatterPrepared } from '@/server/matter/mark-matter-prepared';
import { raiseMatter } from '@/server/matter/raise-matter';
import { takeMatterStep } from '@/server/matter/take-matter-step';
import { saveMatterPreparation } from '@/server/matter/save-matter-preparation';
import { startMatterPreparation } from '@/server/matter/start-matter-preparation';
import { updateMatter } from '@/server/matter/update-matter';
import { withdrawMatter } from '@/server/matter/withdraw-matter';
import { seedDemoData } from '@/server/seed/seed-demo';
import { ConflictError, FieldValidationError, StaleVersionError } from '@/server/kernel/use-case-errors';
import { createTestDatabase } from '../support/test-database';
import { refusal } from '../support/refusal';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const deps = () => ({ db: database.prisma, now: new Date('2026-11-20T12:00:00Z') });
const ids = { gotland: '', region: '', director: '', preparer: '', member: '', auditor: '', otherBoardMember: '' };

async function personId(email: string) {
  return (await database.prisma.person.findUniqueOrThrow({ where: { email } })).id;
}
const PDF = new TextEncoder().encode('%PDF-1.4 test');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.prisma);
  ids.gotland = (await database.prisma.association.findUniqueOrThrow({ where: { slug: 'finsamgotland' } })).id;
  ids.region = (
    await database.prisma.member.findFirstOrThrow({ where: { associationId: ids.gotland, kind: 'REGION' } })
  ).id;
  ids.director = await personId('chef@samplan.se');
  ids.preparer = await personId('beredning@finsamgotland.se');
  ids.member = await personId('ledamot@finsamgotland.se');
  ids.auditor = await personId('revisor@finsamgotland.se');
  ids.otherBoardMember = await personId('ledamot@sjobygden.se');
});
afterAll(() => database?.drop());

describe('the matter life cycle', () => {
  it('raised → in preparation → prepared, with assessment, proposal, attachment and an audit entry per step', async () => {
    const raised = await raiseMatter(
      {
        associationId: ids.gotland,
        kind: 'APPLICATION',
        title: 'Ansökan: Arbetsträning Visby',
        raisedByMemberId: ids.region,
        requestedAmount: '450 000',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
      },
      { personId: ids.member },
      deps(),
    );
    expect(raised.year).toBe(2026);
    // The seed holds 2026/1–3.
    expect(raised.number).toBe(4);
    let matter = await database.prisma.matter.findUniqueOrThrow({ where: { id: raised.matterId } });
    expect(matter).toMatchObject({ status: 'RAISED', kind: 'APPLICATION', raisedByMemberId: ids.region, version: 1 });
    expect(matter.requestedAmount?.toString()).toBe('450000');

    const updated = await updateMatter(
      {
        associationId: ids.gotland,
        matterId: matter.id,
        version: 1,
        title: 'Ansökan: Arbetsträning Visby 2027',
        requestedAmount: '400000',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        raisedByMemberId: ids.region,
      },
      { personId: ids.member },
      deps(),
    );
    expect(updated.version).toBe(2);

    const started = await startMatterPreparation(
      { associationId: ids.gotland, matterId: matter.id, version: 2 },
      { personId: ids.preparer },
      deps(),
    );
    expect(started).toEqual({ status: 'IN_PREPARATION', version: 3 });
    await saveMatterPreparation(
      {
        associationId: ids.gotland,
        matterId: matter.id,
        version: 3,
        assessment: 'Insatsen svarar mot fokusområde 3.',
        proposedDecision: 'Styrelsen beviljar 400 000 kr för 2027.',
      },
      { personId: ids.preparer },
      deps(),
    );
    await addMatterAttachment(
      { associationId: ids.gotland, matterId: matter.id, file: { fileName: 'ansokan.pdf', bytes: PDF } },
      { personId: ids.preparer },
      deps(),
    );
    const prepared = await markMatterPrepared(
      { associationId: ids.gotland, matterId: matter.id, version: 4 },
      { personId: ids.preparer },
      deps(),
    );
    expect(prepared).toEqual({ status: 'PREPARED', version: 5 });

    matter = await database.prisma.matter.findUniqueOrThrow({ where: { id: raised.matterId } });
    expect(matter).toMatchObject({
      assessment: 'Insatsen svarar mot fokusområde 3.',
      proposedDecision: 'Styrelsen beviljar 400 000 kr för 2027.',
      title: 'Ansökan: Arbetsträning Visby 2027',
    });

    const audit = await database.prisma.auditLog.findMany({ where: { entityId: matter.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual([
      'matter.raised',
      'matter.updated',
      'matter.preparationStarted',
      'matter.preparationSaved',
      'matter.prepared',
    ]);
    expect(audit[1]!.data).toEqual({
      before: { title: 'Ansökan: Arbetsträning Visby', requestedAmount: '450000.00' },
      after: { title: 'Ansökan: Arbetsträning Visby 2027', requestedAmount: '400000.00' },
    });
    expect(audit[4]!.data).toEqual({ before: { status: 'IN_PREPARATION' }, after: { status: 'PREPARED' } });
    expect(
      await database.prisma.auditLog.count({ where: { action: 'matter.attachmentAdded', associationId: ids.gotland } }),
    ).toBe(1);

    const details = await getMatter(ids.gotland, matter.id, { personId: ids.auditor }, deps());
    expect(details?.attachments.map((a) => a.fileName)).toEqual(['ansokan.pdf']);
    expect(details?.history.map((h) => h.action)).toContain('matter.prepared');
  });

  it('sending back is the board decision, not a step; a returned matter can be prepared again; withdrawn is final', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Fråga om lokaler' },
      { personId: ids.director },
      deps(),
    );
    await startMatterPreparation(
      { associationId: ids.gotland, matterId, version: 1 },
      { personId: ids.preparer },
      deps(),
    );
    for (const personId of [ids.preparer, ids.director]) {
      expect(
        await refusal(
          takeMatterStep({ associationId: ids.gotland, step: 'return', matterId, version: 2 }, { personId }, deps()),
        ),
      ).toMatchObject({
        code: 'FORBIDDEN',
        userMessage:
          'Återremiss är ett styrelsebeslut. Det protokollförs som beslut vid styrelsens sammanträde, inte här.',
      });
    }
    expect(await database.prisma.matter.findUniqueOrThrow({ where: { id: matterId } })).toMatchObject({
      status: 'IN_PREPARATION',
      version: 2,
    });
    // As the board's decision in the minutes sends it back (recordDecision, outcome RETURNED).
    await database.prisma.matter.update({
      where: { id: matterId },
      data: { status: 'RETURNED', returnReason: 'Underlag saknas.', version: 3 },
    });
    expect(
      (
        await startMatterPreparation(
          { associationId: ids.gotland, matterId, version: 3 },
          { personId: ids.preparer },
          deps(),
        )
      ).status,
    ).toBe('IN_PREPARATION');
    expect(
      (await withdrawMatter({ associationId: ids.gotland, matterId, version: 4 }, { personId: ids.director }, deps()))
        .status,
    ).toBe('WITHDRAWN');
    const error = await refusal(
      startMatterPreparation({ associationId: ids.gotland, matterId, version: 5 }, { personId: ids.preparer }, deps()),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe('Ärendet är återkallat och kan inte börja beredas.');
  });

  it('refuses illegal transitions and leaves the matter as it was', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Otillåtna steg' },
      { personId: ids.director },
      deps(),
    );
    const before = await database.prisma.matter.findUniqueOrThrow({ where: { id: matterId } });
    expect(
      await refusal(
        markMatterPrepared({ associationId: ids.gotland, matterId, version: 1 }, { personId: ids.preparer }, deps()),
      ),
    ).toBeInstanceOf(ConflictError);
    expect(
      await refusal(
        saveMatterPreparation(
          { associationId: ids.gotland, matterId, version: 1, assessment: 'x', proposedDecision: 'y' },
          { personId: ids.preparer },
          deps(),
        ),
      ),
    ).toBeInstanceOf(ConflictError);
    expect(await database.prisma.matter.findUniqueOrThrow({ where: { id: matterId } })).toEqual(before);
  });

  it('refuses stale versions with the stored matter', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Samtidiga ändringar' },
      { personId: ids.director },
      deps(),
    );
    await startMatterPreparation(
      { associationId: ids.gotland, matterId, version: 1 },
      { personId: ids.preparer },
      deps(),
    );
    const error = await refusal(
      saveMatterPreparation(
        { associationId: ids.gotland, matterId, version: 1, assessment: 'gammal', proposedDecision: '' },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(error).toBeInstanceOf(StaleVersionError);
    expect((error as StaleVersionError<{ status: string; version: number }>).fresh).toMatchObject({
      status: 'IN_PREPARATION',
      version: 2,
    });
    expect(
      await refusal(
        startMatterPreparation(
          { associationId: ids.gotland, matterId, version: 1 },
          { personId: ids.preparer },
          deps(),
        ),
      ),
    ).toBeInstanceOf(StaleVersionError);
  });

  it('checks input and permissions', async () => {
    const invalid = await refusal(
      raiseMatter(
        {
          associationId: ids.gotland,
          kind: 'APPLICATION',
          title: 'x',
          requestedAmount: 'mycket',
          periodStart: '2027-06-01',
          periodEnd: '2027-01-01',
        },
        { personId: ids.director },
        deps(),
      ),
    );
    expect(invalid).toBeInstanceOf(Error);
    const otherMember = await database.prisma.member.findFirstOrThrow({
      where: { association: { slug: 'sjobygden' } },
    });
    expect(
      await refusal(
        raiseMatter(
          { associationId: ids.gotland, kind: 'APPLICATION', title: 'x', raisedByMemberId: otherMember.id },
          { personId: ids.director },
          deps(),
        ),
      ),
    ).toBeInstanceOf(FieldValidationError);
    // The auditor reads but raises nothing; a board member raises but does not prepare.
    expect(
      await refusal(
        raiseMatter({ associationId: ids.gotland, kind: 'GENERAL', title: 'x' }, { personId: ids.auditor }, deps()),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const seeded = await database.prisma.matter.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'RAISED', kind: 'APPLICATION' },
    });
    expect(
      await refusal(
        startMatterPreparation(
          { associationId: ids.gotland, matterId: seeded.id, version: seeded.version },
          { personId: ids.member },
          deps(),
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(
        addMatterAttachment(
          {
            associationId: ids.gotland,
            matterId: seeded.id,
            file: { fileName: 'x.exe', bytes: new Uint8Array([77, 90, 0, 0]) },
          },
          { personId: ids.director },
          deps(),
        ),
      ),
    ).toBeInstanceOf(Error);
  });

  it("a board member of another association can neither see nor change the association's matters", async () => {
    const seeded = await database.prisma.matter.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'RAISED', kind: 'APPLICATION' },
    });
    const outsider = { personId: ids.otherBoardMember };
    for (const attempt of [
      () => getMatter(ids.gotland, seeded.id, outsider, deps()),
      () => raiseMatter({ associationId: ids.gotland, kind: 'GENERAL', title: 'x' }, outsider, deps()),
      () =>
        updateMatter(
          { associationId: ids.gotland, matterId: seeded.id, version: seeded.version, title: 'Kapad' },
          outsider,
          deps(),
        ),
      () =>
        withdrawMatter({ associationId: ids.gotland, matterId: seeded.id, version: seeded.version }, outsider, deps()),
    ]) {
      const error = await refusal(attempt());
      expect(error).toBeInstanceOf(AuthorizationError);
      expect((error as AuthorizationError).code).toBe('NOT_FOUND');
    }
    // Nor through their own association: the matter is not found there.
    const sjobygden = await database.prisma.association.findUniqueOrThrow({ where: { slug: 'sjobygden' } });
    const director = { personId: ids.director };
    expect(await getMatter(sjobygden.id, seeded.id, director, deps())).toBeNull();
    expect(
      await refusal(
        withdrawMatter({ associationId: sjobygden.id, matterId: seeded.id, version: seeded.version }, director, deps()),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', userMessage: 'Ärendet finns inte.' });
    expect(await database.prisma.matter.findUniqueOrThrow({ where: { id: seeded.id } })).toMatchObject({
      status: 'RAISED',
      version: seeded.version,
      title: seeded.title,
    });
  });
});
