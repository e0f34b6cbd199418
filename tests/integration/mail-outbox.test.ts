import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNotice } from '@/server/meeting/send-notice';
import type { DemoIds } from '../support/demo-ids';
import { startMailTestBed, type MailTestBed } from '../support/mail-worker';
import type { SmtpSink } from '../support/smtp-sink';
import type { TestDatabase } from '../support/test-database';

let database: TestDatabase;
let ids: DemoIds;
let sink: SmtpSink;
let bed: MailTestBed;

beforeAll(async () => {
  bed = await startMailTestBed();
  ({ database, ids, sink } = bed);
});
afterAll(() => bed?.stop());

describe('the outbox', () => {
  it('a notice to a meeting reaches every member of the body through SMTP, once each', async () => {
    const meeting = await database.prisma.meeting.findFirstOrThrow({
      where: { associationId: ids.gotland, status: 'PLANNED', body: 'BOARD' },
    });
    const { recipients } = await sendNotice(
      { associationId: ids.gotland, meetingId: meeting.id, version: meeting.version },
      { personId: ids.director },
      { db: database.prisma, now: new Date('2026-11-20T12:00:00Z') },
    );
    const messages = await sink.waitFor(recipients);
    const to = messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0]!.address);
    expect(new Set(to).size).toBe(recipients);
    expect(messages[0]!.subject).toContain('Kallelse');
    expect(messages[0]!.text).toContain(`/sammantraden/${meeting.id}`);
    const rows = await database.prisma.outboxMail.findMany({ where: { kind: 'MEETING_NOTICE' } });
    await expect
      .poll(async () => await database.prisma.outboxMail.count({ where: { status: 'SENT' } }))
      .toBe(rows.length);
  });
});
