/** The texts of the mail Samplan sends (src/domain/mail/templates). */
export const mail = {
  greeting: 'Hej {name},',
  footerAssociation: 'Det här meddelandet kommer från Samplan, {association}.',
  footerMandatory: 'Kallelser och säkerhetsmeddelanden skickas alltid.',
  footerPreferences: 'Välj vilka e-postmeddelanden du får: {url}',
  notice: {
    subject: 'Kallelse: {body}, {title}, {date}',
    intro: 'Du kallas till sammanträde med {body} i {association}.',
    what: 'Sammanträde',
    date: 'Datum',
    time: 'Tid',
    location: 'Plats',
    action: 'Öppna mötesboken',
  },
} as const;
