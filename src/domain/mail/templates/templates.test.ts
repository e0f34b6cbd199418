import { describe, expect, it } from 'vitest';
import { parseIcsProperties } from '../ics';
import { commentReplyMail } from './comment-reply';
import { invoiceToAttestMail } from './invoice-to-attest';
import { meetingNoticeMail, type MeetingNoticeFacts } from './meeting-notice';
import { minutesToAdjustMail } from './minutes-to-adjust';
import { planForCommentMail } from './plan-for-comment';

const base = 'https://samplan.test/forbund/finsamgotland';
const preferencesUrl = 'https://samplan.test/konto/e-post';

const notice: MeetingNoticeFacts = {
  recipientName: 'Anna <Ek>',
  associationName: 'Finsam Gotland',
  bodyName: 'styrelsen',
  title: 'Styrelsemöte december',
  date: '2026-12-03',
  time: '13:00',
  location: 'Visby',
  meetingUrl: `${base}/sammantraden/m1`,
  preferencesUrl,
  agenda: [
    { title: 'Mötets öppnande', documents: [] },
    { title: 'Budget 2027', documents: [{ name: 'budget.pdf', url: `${base}/sammantraden/bilagor/a1` }] },
  ],
  calendar: {
    uid: 'm1@samplan',
    sequence: 2,
    stamp: new Date('2026-11-20T08:00:00Z'),
    startsAt: new Date('2026-12-03T12:00:00Z'),
  },
};

describe('meetingNoticeMail', () => {
  it('gives date, time, place, the agenda with each document linked, the meeting book and an .ics REQUEST', () => {
    const mail = meetingNoticeMail(notice);
    expect(mail.subject).toBe('Kallelse: styrelsen, Styrelsemöte december, 2026-12-03');
    for (const part of ['Datum: 2026-12-03', 'Tid: 13:00', 'Plats: Visby', '1. Mötets öppnande', '2. Budget 2027'])
      expect(mail.text).toContain(part);
    expect(mail.text).toContain(`Handling: budget.pdf <${base}/sammantraden/bilagor/a1>`);
    expect(mail.text).toContain(`Öppna mötesboken: ${base}/sammantraden/m1`);
    expect(mail.html).toContain(`<a href="${base}/sammantraden/bilagor/a1">Handling: budget.pdf</a>`);
    expect(mail.html).toContain('Hej Anna &lt;Ek&gt;,');
    expect(mail.html).toContain('<html lang="sv">');
    const ics = mail.attachments![0]!;
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.contentType).toContain('method=REQUEST');
    const props = parseIcsProperties(ics.content);
    expect(props.get('METHOD')).toBe('REQUEST');
    expect(props.get('SEQUENCE')).toBe('2');
    expect(props.get('URL')).toBe(`${base}/sammantraden/m1`);
  });

  it('an update says so in the subject and carries the same uid', () => {
    const mail = meetingNoticeMail({ ...notice, variant: 'UPDATE', calendar: { ...notice.calendar!, sequence: 3 } });
    expect(mail.subject.startsWith('Ändrad kallelse')).toBe(true);
    const props = parseIcsProperties(mail.attachments![0]!.content);
    expect(props.get('UID')).toBe('m1@samplan');
    expect(props.get('SEQUENCE')).toBe('3');
  });

  it('a cancellation carries METHOD:CANCEL and no agenda', () => {
    const mail = meetingNoticeMail({ ...notice, variant: 'CANCEL' });
    expect(mail.subject.startsWith('Inställt sammanträde')).toBe(true);
    expect(mail.text).not.toContain('Dagordning');
    expect(mail.attachments![0]!.contentType).toContain('method=CANCEL');
    expect(parseIcsProperties(mail.attachments![0]!.content).get('METHOD')).toBe('CANCEL');
  });

  it('a notice is mandatory: its footer says so and offers no preferences link', () => {
    const mail = meetingNoticeMail(notice);
    expect(mail.text).toContain('Kallelser och säkerhetsmeddelanden skickas alltid.');
    expect(mail.text).not.toContain(preferencesUrl);
  });
});

describe('minutesToAdjustMail', () => {
  it('names the meeting, the date by which to adjust and links the minutes page', () => {
    const mail = minutesToAdjustMail({
      recipientName: 'Per',
      associationName: 'Finsam Gotland',
      bodyName: 'styrelsen',
      title: 'Styrelsemöte',
      meetingDate: '2026-02-06',
      adjustBy: '20 februari 2026',
      minutesUrl: `${base}/sammantraden/m1/protokoll`,
      preferencesUrl,
    });
    expect(mail.subject).toBe('Protokoll att justera: Styrelsemöte, 2026-02-06');
    expect(mail.text).toContain('Justera senast: 20 februari 2026');
    expect(mail.text).toContain(`Öppna protokollet: ${base}/sammantraden/m1/protokoll`);
    expect(mail.text).toContain(`Välj vilka e-postmeddelanden du får: ${preferencesUrl}`);
  });
});

describe('invoiceToAttestMail', () => {
  it('gives supplier, number, amount and due date and links the invoice', () => {
    const mail = invoiceToAttestMail({
      recipientName: 'Ordförande',
      associationName: 'Finsam Gotland',
      supplier: 'Konsult & Co',
      invoiceNumber: 'F-1',
      amountInclVat: '90 000 kr',
      dueDate: null,
      invoiceUrl: `${base}/fakturor/i1`,
      preferencesUrl,
    });
    expect(mail.subject).toBe('Faktura att attestera: Konsult & Co, 90 000 kr');
    expect(mail.text).toContain('Förfallodag: Ingen angiven');
    expect(mail.html).toContain('Konsult &amp; Co');
    expect(mail.text).toContain(`Öppna fakturan: ${base}/fakturor/i1`);
  });
});

describe('planForCommentMail', () => {
  const facts = {
    recipientName: 'Eva',
    associationName: 'Finsam Gotland',
    year: 2027,
    planTitle: 'Verksamhetsplan 2027',
    commentBy: null,
    commentsUrl: `${base}/plan/arbetsgang?ar=2027#synpunkter`,
    preferencesUrl,
  };

  it('preparation and consultation have their own subject; without a date none is named', () => {
    const preparation = planForCommentMail({ ...facts, phase: 'PREPARATION' });
    const consultation = planForCommentMail({ ...facts, phase: 'CONSULTATION' });
    expect(preparation.subject).toBe('Verksamhetsplanen 2027 är ute för beredning');
    expect(consultation.subject).toBe('Verksamhetsplanen 2027 är ute på medlemssamråd');
    expect(preparation.text).not.toContain('senast');
    expect(preparation.text).toContain(`Lämna synpunkter: ${facts.commentsUrl}`);
  });

  it('with a date it gives the date', () => {
    const mail = planForCommentMail({ ...facts, phase: 'CONSULTATION', commentBy: '1 oktober 2026' });
    expect(mail.text).toContain('Synpunkter senast: 1 oktober 2026');
  });
});

describe('commentReplyMail', () => {
  it('quotes the comment and the reply and links the comment', () => {
    const mail = commentReplyMail({
      recipientName: 'Eva',
      associationName: 'Finsam Gotland',
      year: 2027,
      comment: 'Mer om IPS',
      reply: 'Tillagt i 3.2',
      commentUrl: `${base}/plan/arbetsgang?ar=2027#synpunkt-c1`,
      preferencesUrl,
    });
    expect(mail.text).toContain('Din synpunkt: Mer om IPS');
    expect(mail.text).toContain('Svar: Tillagt i 3.2');
    expect(mail.text).toContain(`#synpunkt-c1`);
  });
});
