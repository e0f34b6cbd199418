import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data-guard';

describe('findPersonalData', () => {
  it.each([
    '850709-9805',
    '8507099805',
    '19850709-9805',
    '198507099805',
    '850709+9805',
    '850709 9805',
    'deltagare 20010203-1234 avslutad',
    '850769-9805', // coordination number: day 9 + 60
    '19850769-9805',
  ])('refuses the personal identity number in %s', (text) => {
    expect(findPersonalData(text)?.kind).toBe('PERSONAL_IDENTITY_NUMBER');
  });

  it.each([
    'Anna slutade i mars',
    'Kalle Svensson gick till arbete',
    'samtal med Mohammed',
    'Per Andersson',
    'Lisa',
    'kontakt med Johan Eriksson-Lind',
    'Sven Gotland',
  ])('refuses the name in "%s"', (text) => {
    expect(findPersonalData(text)?.kind).toBe('NAME');
  });

  it('refuses an e-mail address', () => {
    expect(findPersonalData('skriv till deltagare@example.se')?.kind).toBe('EMAIL');
  });

  it.each([
    '',
    'Tre deltagare gick till arbete under kvartalet.',
    'NNS indikatorenkät: Känner du dig mer redo att arbeta eller studera än tidigare?',
    'Har du fått stöd som är till nytta för dig?',
    'Samverkan med Region Gotland och Arbetsförmedlingen',
    'Jobbvägen – Försteget till ordinarie verksamhet',
    'Ung Vux Gotland',
    '16 200 kr per person och månad, 4 665 600 kr',
    'Ärende 2026-2 bereds. Budget 2 100 000 kr.',
    'Kostnad per deltagare 1133510 kr',
    'Per månad kom fyra nya.',
    'Bo kvar i kommunen',
    'Under maj och juni färre nya.',
  ])('lets "%s" through', (text) => {
    expect(findPersonalData(text)).toBeNull();
  });
});
