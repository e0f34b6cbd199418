import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, icsUtc, parseIcsProperties, type CalendarEvent } from './ics';

const event: CalendarEvent = {
  uid: 'm1@samplan',
  sequence: 3,
  method: 'REQUEST',
  stamp: new Date('2026-11-20T08:00:00Z'),
  start: new Date('2026-12-03T12:00:00Z'),
  summary: 'Styrelsemöte',
  location: 'Visby, Rum 2',
  description: 'Dagordning:\n1. Öppnande; val av justerare',
  url: 'https://samplan.test/forbund/x/sammantraden/m1',
};

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('buildIcs', () => {
  it('writes a REQUEST with the stable uid, the sequence, UTC times and a two-hour default end', () => {
    const ics = buildIcs(event);
    const props = parseIcsProperties(ics);
    expect(props.get('METHOD')).toBe('REQUEST');
    expect(props.get('UID')).toBe('m1@samplan');
    expect(props.get('SEQUENCE')).toBe('3');
    expect(props.get('DTSTAMP')).toBe('20261120T080000Z');
    expect(props.get('DTSTART')).toBe('20261203T120000Z');
    expect(props.get('DTEND')).toBe('20261203T140000Z');
    expect(props.get('STATUS')).toBe('CONFIRMED');
    expect(props.get('URL')).toBe(event.url);
    expect(props.get('LOCATION')).toBe('Visby\\, Rum 2');
  });

  it('uses the given end when there is one', () => {
    const props = parseIcsProperties(buildIcs({ ...event, end: new Date('2026-12-03T15:30:00Z') }));
    expect(props.get('DTEND')).toBe('20261203T153000Z');
  });

  it('a cancellation has METHOD:CANCEL and STATUS:CANCELLED', () => {
    const props = parseIcsProperties(buildIcs({ ...event, method: 'CANCEL', sequence: 4 }));
    expect(props.get('METHOD')).toBe('CANCEL');
    expect(props.get('STATUS')).toBe('CANCELLED');
    expect(props.get('SEQUENCE')).toBe('4');
  });

  it('ends every line with CRLF and keeps every physical line within 75 octets', () => {
    const ics = buildIcs({ ...event, description: 'Åäö '.repeat(60) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parseIcsProperties(ics).get('DESCRIPTION')).toBe('Åäö '.repeat(60));
  });

  it('leaves out the optional properties that are not given', () => {
    const ics = buildIcs({ ...event, location: '', description: undefined, url: undefined });
    expect(ics).not.toContain('LOCATION');
    expect(ics).not.toContain('DESCRIPTION');
    expect(ics).not.toContain('URL:');
  });
});

it('names the organizer as a mailto address with a quoted common name', () => {
  const ics = buildIcs({ ...event, organizer: { name: 'Finsam "Gotland"', email: 'noreply@samplan.test' } });
  expect(ics).toContain('ORGANIZER;CN="Finsam Gotland":mailto:noreply@samplan.test');
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldIcsLine', () => {
  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:Möte')).toBe('SUMMARY:Möte');
  });

  it('folds at 75 octets without splitting a two-octet letter, continuation lines start with a space', () => {
    const line = `SUMMARY:${'ö'.repeat(100)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('icsUtc', () => {
  it('is the UTC basic format without milliseconds', () => {
    expect(icsUtc(new Date('2026-02-06T09:05:07.123Z'))).toBe('20260206T090507Z');
  });
});
