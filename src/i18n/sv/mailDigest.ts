/**
 * The texts of the daily digest and the adoption-deadline reminders (src/domain/mail/templates), and
 * of what the mail points to on the pages: the invoices waiting for your attest in Att göra.
 */
export const mailDigest = {
  digest: {
    subject: 'Samplan: sammanfattning {date} ({count} meddelanden)',
    subjectOne: 'Samplan: sammanfattning {date} (1 meddelande)',
    intro:
      'Här är det som hänt i Samplan sedan förra sammanfattningen. Du har valt att få de här meddelandena en gång om dagen.',
    heading: 'Meddelanden',
    action: 'Öppna Samplan',
    footer: 'Sammanfattningen skickas klockan 07.00 de dagar det finns något att berätta.',
  },
  deadline: {
    subject: 'Påminnelse: verksamhetsplanen {year} ska antas senast {deadline}',
    subjectToday: 'Påminnelse: verksamhetsplanen {year} ska antas i dag, {deadline}',
    intro:
      'Verksamhetsplanen för {year} i {association} är inte antagen. Den ska antas senast {deadline}, om {days} dagar.',
    introToday: 'Verksamhetsplanen för {year} i {association} är inte antagen. Den ska antas senast i dag, {deadline}.',
    why: 'Du får påminnelsen som {role}. Den skickas 30 och 7 dagar före sista dagen.',
    deadline: 'Sista dag',
    status: 'Planens läge',
    action: 'Öppna planens arbetsgång',
  },
  tasks: {
    invoicesTitle: 'Fakturor att attestera',
    noInvoices: 'Inga fakturor väntar på din attest.',
    invoiceLink: '{supplier}, faktura {number}',
    amountDue: '{amount}, förfaller {date}',
    amount: '{amount}',
  },
} as const;
