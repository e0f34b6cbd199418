/** Texts of the help page "Om Samplan": static, no data. */
export const about = {
  title: 'Om Samplan',
  lead: 'Samplan samlar förbundets plan, budget, sammanträden, fakturor och uppföljning på ett ställe.',
  sections: [
    {
      heading: 'Året i Samplan',
      paragraphs: [
        'Kansliet skriver nästa års verksamhets- och budgetplan under våren och sommaren. Beredningsgruppen och styrelsen lämnar synpunkter, medlemmarna tillfrågas på samråd, och styrelsen antar planen senast den 30 november.',
        'Under året attesteras fakturor enligt attestordningen, utfallet följs upp mot budgeten månad för månad, och insatsernas resultat registreras. Efter årets slut sammanställs verksamhetsberättelsen.',
      ],
    },
    {
      heading: 'Var hittar jag vad?',
      paragraphs: [
        'Översikt visar planårets nyckeltal och vad som är på gång. Att göra listar det som väntar på just dig: ärenden, protokoll att justera, planer att kommentera och kallelser.',
        'Planen och Budget är planens text och siffror. Ärenden och Sammanträden är styrelsens arbete, med kallelser, närvaro och protokoll. Fakturor och attest, Resultat och Rapporter följer upp året.',
      ],
    },
    {
      heading: 'Vem får göra vad?',
      paragraphs: [
        'Vad du ser och får ändra beror på dina roller i förbundet, som visas uppe till höger. Knappar för sådant du inte får göra visas inte, och servern prövar varje ändring på nytt.',
        'Varje ändring sparas i förbundets historik: vem, när och vad som ändrades. Antagna planer och justerade protokoll är låsta.',
      ],
    },
    {
      heading: 'Tangentbordet',
      paragraphs: [
        'Allt går att göra med tangentbordet. I budgettabellen flyttar piltangenterna, Enter och Tab mellan cellerna, och Escape ångrar den cell du skriver i.',
      ],
    },
  ],
  contact: 'Frågor om innehållet besvaras av förbundets förbundschef.',
};
