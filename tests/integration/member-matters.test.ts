/**
 * Issue 16 item 6 (ADR 036): a member representative raises matters for their own member; the
 * preparation group prepares (warned of jäv); sending back is the board's decision; withdrawing is
 * the raiser's (or the office's); Word and Excel files are attached, checked by content; the board
 * decides the application.
 */
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DOCX_TYPE } from '@/domain/matter/document-type';
import { addMatterAttachment } from '@/server/matter/add-matter-attachment';
import { getMatter } from '@/server/matter/get-matter';
import { getMatterAttachment } from '@/server/matter/get-matter-attachment';
import { markMatterPrepared } from '@/server/matter/mark-matter-prepared';
import { raiseMatter } from '@/server/matter/raise-matter';
import { saveMatterPreparation } from '@/server/matter/save-matter-preparation';
import { startMatterPreparation } from '@/server/matter/start-matter-preparation';
import { takeMatterStep } from '@/server/matter/take-matter-step';
import { updateMatter } from '@/server/matter/update-matter';
import { withdrawMatter } from '@/server/matter/withdraw-matter';
import { putMatterOnAgenda } from '@/server/meeting/put-matter-on-agenda';
import { addParagraph } from '@/server/minutes/add-paragraph';
import { recordDecision } from '@/server/minutes/record-decision';
import { AuthorizationError } from '@/server/kernel/authorization-error';
import { FieldValidationError } from '@/server/kernel/use-case-errors';
import { seededDemoDatabase, type DemoIds } from '../support/demo-ids';
import { refusal } from '../support/refusal';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;
const db = () => database.prisma;
const now = new Date('2026-11-25T12:00:00+01:00');
const deps = () => ({ db: database.prisma, now });
const as = (personId: string) => ({ personId });
const members = { region: '', fk: '' };

const text = (value: string) => new TextEncoder().encode(value);
const docx = () =>
  zipSync({
    '[Content_Types].xml': text('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': text('<w:document><w:body><w:p><w:r><w:t>Ansökan</w:t></w:r></w:p></w:body></w:document>'),
  });

beforeAll(async () => {
  ({ database, ids } = await seededDemoDatabase());
  members.region = (await db().member.findFirstOrThrow({ where: { associationId: ids.gotland, kind: 'REGION' } })).id;
  members.fk = (await db().member.findFirstOrThrow({ where: { associationId: ids.gotland, kind: 'FK' } })).id;
});
afterAll(() => database?.drop());

async function personWithRole(
  email: string,
  role: 'MEMBER_REPRESENTATIVE' | 'PREPARATION_GROUP',
  memberId: string | null,
  term: { validFrom?: Date; validTo?: Date } = {},
) {
  const person = await db().person.upsert({ where: { email }, update: {}, create: { email, name: email } });
  await db().roleAssignment.create({
    data: { associationId: ids.gotland, personId: person.id, role, memberId, ...term },
  });
  return person.id;
}

const messageOf = (error: unknown) =>
  error instanceof ZodError ? error.issues.map((issue) => issue.message) : (error as Error).message;

describe('a member representative raises matters for their own member', () => {
  it('the demo: the representative represents Region Gotland, and raised its applications', async () => {
    const role = await db().roleAssignment.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.representative, role: 'MEMBER_REPRESENTATIVE' },
    });
    expect(role.memberId).toBe(members.region);
    const applications = await db().matter.findMany({ where: { associationId: ids.gotland, kind: 'APPLICATION' } });
    expect(applications.length).toBeGreaterThan(0);
    for (const matter of applications)
      expect(matter).toMatchObject({ raisedById: ids.representative, raisedByMemberId: members.region });
  });

  it('raises an application for the region, or for the region when naming none; audited', async () => {
    const named = await raiseMatter(
      {
        associationId: ids.gotland,
        kind: 'APPLICATION',
        title: 'Ansökan: IPS Slite',
        raisedByMemberId: members.region,
      },
      as(ids.representative),
      deps(),
    );
    const unnamed = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Fråga om lokaler i Slite' },
      as(ids.representative),
      deps(),
    );
    for (const { matterId } of [named, unnamed]) {
      expect(await db().matter.findUniqueOrThrow({ where: { id: matterId } })).toMatchObject({
        raisedById: ids.representative,
        raisedByMemberId: members.region,
        status: 'RAISED',
      });
      const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: matterId, action: 'matter.raised' } });
      expect(entry.personId).toBe(ids.representative);
      expect(entry.data).toMatchObject({ after: { raisedByMemberId: members.region } });
    }
  });

  it('refuses another member with its reason, and writes nothing', async () => {
    const before = await db().matter.count();
    const error = await refusal(
      raiseMatter(
        { associationId: ids.gotland, kind: 'APPLICATION', title: 'Ansökan för FK', raisedByMemberId: members.fk },
        as(ids.representative),
        deps(),
      ),
    );
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors).toEqual({
      raisedByMemberId: 'Du kan bara väcka ärenden för den medlem du företräder.',
    });
    expect(await db().matter.count()).toBe(before);
  });

  it('uses the role in force today: a representative of the region until last year, of FK now, raises for FK only', async () => {
    const mover = await personWithRole('flytt@finsamgotland.se', 'MEMBER_REPRESENTATIVE', members.region, {
      validFrom: new Date('2024-01-01T00:00:00+01:00'),
      validTo: new Date('2025-12-31T23:59:59+01:00'),
    });
    await db().roleAssignment.create({
      data: {
        associationId: ids.gotland,
        personId: mover,
        role: 'MEMBER_REPRESENTATIVE',
        memberId: members.fk,
        validFrom: new Date('2026-01-01T00:00:00+01:00'),
      },
    });
    expect(
      await refusal(
        raiseMatter(
          { associationId: ids.gotland, kind: 'GENERAL', title: 'x', raisedByMemberId: members.region },
          as(mover),
          deps(),
        ),
      ),
    ).toMatchObject({ fieldErrors: { raisedByMemberId: 'Du kan bara väcka ärenden för den medlem du företräder.' } });
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Från FK' },
      as(mover),
      deps(),
    );
    expect((await db().matter.findUniqueOrThrow({ where: { id: matterId } })).raisedByMemberId).toBe(members.fk);
  });

  it('a representative who represents no member is refused with its reason', async () => {
    const nobody = await personWithRole('ingen-medlem@finsamgotland.se', 'MEMBER_REPRESENTATIVE', null);
    const error = await refusal(
      raiseMatter({ associationId: ids.gotland, kind: 'GENERAL', title: 'x' }, as(nobody), deps()),
    );
    expect(error).toBeInstanceOf(AuthorizationError);
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      userMessage: 'Du företräder ingen medlem i dag och kan därför inte väcka ärenden.',
    });
  });

  it("changes and attaches to their own member's matters only", async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Kansliets ärende', raisedByMemberId: members.fk },
      as(ids.director),
      deps(),
    );
    const notYours = {
      code: 'FORBIDDEN',
      userMessage: 'Du kan bara ändra och bifoga filer till ärenden som du eller din medlem har väckt.',
    };
    expect(
      await refusal(
        addMatterAttachment(
          { associationId: ids.gotland, matterId, file: { fileName: 'a.docx', bytes: docx() } },
          as(ids.representative),
          deps(),
        ),
      ),
    ).toMatchObject(notYours);
    expect(
      await refusal(
        updateMatter(
          { associationId: ids.gotland, matterId, version: 1, title: 'Kapad', raisedByMemberId: members.region },
          as(ids.representative),
          deps(),
        ),
      ),
    ).toMatchObject(notYours);
    expect(await db().attachment.count({ where: { matterId } })).toBe(0);
    expect((await db().matter.findUniqueOrThrow({ where: { id: matterId } })).title).toBe('Kansliets ärende');
  });
});

describe('Word and Excel attachments, checked by content', () => {
  it('a .docx is stored as Word and served as a download of that type; a fake one is refused with its reason', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'APPLICATION', title: 'Ansökan med Word-bilaga' },
      as(ids.representative),
      deps(),
    );
    const { attachmentId } = await addMatterAttachment(
      { associationId: ids.gotland, matterId, file: { fileName: 'ansökan.docx', bytes: docx() } },
      as(ids.representative),
      deps(),
    );
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: attachmentId } });
    expect(entry).toMatchObject({ action: 'matter.attachmentAdded', personId: ids.representative });
    expect(entry.data).toMatchObject({ after: { matterId, fileName: 'ansökan.docx', mimeType: DOCX_TYPE } });
    const file = await getMatterAttachment(ids.gotland, matterId, attachmentId, as(ids.auditor), deps());
    expect(file).toMatchObject({ fileName: 'ansökan.docx', contentType: DOCX_TYPE });
    expect(file!.body).toEqual(docx());

    const fake = await refusal(
      addMatterAttachment(
        {
          associationId: ids.gotland,
          matterId,
          file: { fileName: 'ansökan.docx', bytes: text('inget Word-dokument') },
        },
        as(ids.representative),
        deps(),
      ),
    );
    expect(messageOf(fake)).toEqual(['Filen heter .docx men innehållet är inte en sådan fil.']);
    const other = await refusal(
      addMatterAttachment(
        {
          associationId: ids.gotland,
          matterId,
          file: { fileName: 'arkiv.zip', bytes: zipSync({ 'a.txt': text('a') }) },
        },
        as(ids.representative),
        deps(),
      ),
    );
    expect(messageOf(other)).toEqual(['Bara PDF, PNG, JPEG, Word (.docx) och Excel (.xlsx) kan bifogas.']);
    expect(await db().attachment.count({ where: { matterId } })).toBe(1);
  });
});

describe('preparing, jäv, sending back and withdrawing', () => {
  it("someone of the member that raised it is warned, and saves only after 'Jag har prövat jäv'; audited", async () => {
    const regional = await personWithRole('beredare-region@finsamgotland.se', 'PREPARATION_GROUP', members.region);
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'APPLICATION', title: 'Ansökan: Jäv', raisedByMemberId: members.region },
      as(ids.representative),
      deps(),
    );
    await startMatterPreparation({ associationId: ids.gotland, matterId, version: 1 }, as(regional), deps());
    expect((await getMatter(ids.gotland, matterId, as(regional), deps()))!.viewer.conflict).toBe(
      'RAISED_BY_YOUR_MEMBER',
    );
    expect((await getMatter(ids.gotland, matterId, as(ids.preparer), deps()))!.viewer.conflict).toBeNull();
    const input = {
      associationId: ids.gotland,
      matterId,
      version: 2,
      assessment: 'Bra.',
      proposedDecision: 'Bevilja.',
    };
    const error = await refusal(saveMatterPreparation(input, as(regional), deps()));
    expect(error).toBeInstanceOf(FieldValidationError);
    expect((error as FieldValidationError).fieldErrors).toEqual({
      conflictConfirmed:
        'Du har själv väckt ärendet, eller din medlem har gjort det: pröva jäv och kryssa i ”Jag har prövat jäv” för att spara.',
    });
    expect((await db().matter.findUniqueOrThrow({ where: { id: matterId } })).assessment).toBe('');
    await saveMatterPreparation({ ...input, conflictConfirmed: true }, as(regional), deps());
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entityId: matterId, action: 'matter.preparationSaved' },
      orderBy: { id: 'desc' },
    });
    expect(entry.personId).toBe(regional);
    expect(entry.data).toMatchObject({
      after: { assessment: 'Bra.' },
      conflictOfInterest: { reason: 'RAISED_BY_YOUR_MEMBER', confirmed: true },
    });
    // Someone without a conflict saves without the confirmation; the entry says nothing of jäv.
    await saveMatterPreparation({ ...input, version: 3, assessment: 'Bra, med villkor.' }, as(ids.preparer), deps());
    const plain = await db().auditLog.findFirstOrThrow({
      where: { entityId: matterId, action: 'matter.preparationSaved' },
      orderBy: { id: 'desc' },
    });
    expect(plain.data).not.toHaveProperty('conflictOfInterest');
  });

  it('the preparer who raised a matter has a conflict too', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Beredarens eget ärende' },
      as(ids.preparer),
      deps(),
    );
    await startMatterPreparation({ associationId: ids.gotland, matterId, version: 1 }, as(ids.preparer), deps());
    expect((await getMatter(ids.gotland, matterId, as(ids.preparer), deps()))!.viewer.conflict).toBe('RAISED_BY_YOU');
    expect(
      await refusal(
        saveMatterPreparation(
          { associationId: ids.gotland, matterId, version: 2, assessment: 'a', proposedDecision: 'b' },
          as(ids.preparer),
          deps(),
        ),
      ),
    ).toBeInstanceOf(FieldValidationError);
  });

  it('the preparation group cannot send back: a board decision, refused with its reason', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Återremiss?' },
      as(ids.representative),
      deps(),
    );
    const error = await refusal(
      takeMatterStep({ associationId: ids.gotland, step: 'return', matterId, version: 1 }, as(ids.preparer), deps()),
    );
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      userMessage:
        'Återremiss är ett styrelsebeslut. Det protokollförs som beslut vid styrelsens sammanträde, inte här.',
    });
    expect(await db().matter.findUniqueOrThrow({ where: { id: matterId } })).toMatchObject({
      status: 'RAISED',
      version: 1,
    });
    expect(await db().auditLog.count({ where: { entityId: matterId, action: 'matter.returned' } })).toBe(0);
  });

  it('only the person who raised it, or the office, withdraws it', async () => {
    const { matterId } = await raiseMatter(
      { associationId: ids.gotland, kind: 'GENERAL', title: 'Återkallas' },
      as(ids.representative),
      deps(),
    );
    const step = { associationId: ids.gotland, matterId, version: 1 };
    for (const personId of [ids.preparer, ids.chair]) {
      expect(await refusal(withdrawMatter(step, as(personId), deps()))).toMatchObject({
        code: 'FORBIDDEN',
        userMessage: 'Bara den som väckte ärendet, eller kansliet för dennes räkning, kan återkalla det.',
      });
    }
    expect((await getMatter(ids.gotland, matterId, as(ids.preparer), deps()))!.viewer.mayWithdraw).toBe(false);
    expect((await getMatter(ids.gotland, matterId, as(ids.representative), deps()))!.viewer.mayWithdraw).toBe(true);
    expect(await withdrawMatter(step, as(ids.representative), deps())).toEqual({ status: 'WITHDRAWN', version: 2 });
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: matterId, action: 'matter.withdrawn' } });
    expect(entry).toMatchObject({
      personId: ids.representative,
      data: { before: { status: 'RAISED' }, after: { status: 'WITHDRAWN' } },
    });
  });
});

describe('the road: raised by the representative, prepared, decided by the board', () => {
  it('the application with its .docx is decided at a board meeting held today', async () => {
    const { matterId } = await raiseMatter(
      {
        associationId: ids.gotland,
        kind: 'APPLICATION',
        title: 'Ansökan: Arbetsträning Slite 2027',
        requestedAmount: '300 000',
      },
      as(ids.representative),
      deps(),
    );
    await addMatterAttachment(
      { associationId: ids.gotland, matterId, file: { fileName: 'ansokan.docx', bytes: docx() } },
      as(ids.representative),
      deps(),
    );
    await startMatterPreparation({ associationId: ids.gotland, matterId, version: 1 }, as(ids.preparer), deps());
    await saveMatterPreparation(
      { associationId: ids.gotland, matterId, version: 2, assessment: 'Inom ramen.', proposedDecision: 'Bevilja.' },
      as(ids.preparer),
      deps(),
    );
    await markMatterPrepared({ associationId: ids.gotland, matterId, version: 3 }, as(ids.preparer), deps());

    const meeting = await db().meeting.create({
      data: {
        associationId: ids.gotland,
        body: 'BOARD',
        title: 'Styrelsemöte',
        startsAt: new Date('2026-11-25T09:00:00+01:00'),
        status: 'PLANNED',
      },
    });
    await putMatterOnAgenda(
      { associationId: ids.gotland, meetingId: meeting.id, version: 1, matterId, matterVersion: 4 },
      as(ids.admin),
      deps(),
    );
    // The meeting is held today with a quorum (as record-attendance would record it).
    const memberSeat = await db().boardSeat.findFirstOrThrow({
      where: { associationId: ids.gotland, personId: ids.member },
    });
    await db().meeting.update({ where: { id: meeting.id }, data: { status: 'HELD' } });
    await db().attendance.createMany({
      data: [
        { meetingId: meeting.id, personId: ids.chair, status: 'PRESENT' },
        { meetingId: meeting.id, personId: ids.vice, status: 'PRESENT' },
        { meetingId: meeting.id, personId: ids.member, status: 'ABSENT' },
        { meetingId: meeting.id, personId: ids.deputy1, status: 'PRESENT', servingForId: memberSeat.id },
      ],
    });
    const { paragraphId } = await addParagraph(
      { associationId: ids.gotland, meetingId: meeting.id, title: 'Ansökan: Arbetsträning Slite 2027', matterId },
      as(ids.admin),
      deps(),
    );
    const paragraph = await db().minutesParagraph.findUniqueOrThrow({ where: { id: paragraphId } });
    await recordDecision(
      { associationId: ids.gotland, paragraphId, version: paragraph.version, text: 'Styrelsen beviljar 300 000 kr.' },
      as(ids.admin),
      deps(),
    );
    expect(await db().matter.findUniqueOrThrow({ where: { id: matterId } })).toMatchObject({
      status: 'DECIDED',
      raisedById: ids.representative,
      raisedByMemberId: members.region,
    });
  });
});
