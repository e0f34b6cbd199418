/**
 * A calendar invitation (RFC 5545 iCalendar with the RFC 5546 methods REQUEST and CANCEL) for one
 * meeting. Pure: the caller gives every value, including the stamp time.
 */
export interface CalendarEvent {
  /** Stable for the meeting across updates, e.g. `<meetingId>@samplan`: clients match updates by it. */
  uid: string;
  /** Grows with every update; a client ignores an update whose sequence is not higher than the one it has. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  /** When this version of the invitation was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  /** Without an end the event lasts DEFAULT_EVENT_HOURS. */
  end?: Date | null;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  /** ORGANIZER (required by RFC 5546 for REQUEST and CANCEL): the association's sender address. */
  organizer?: { name: string; email: string };
}

export const DEFAULT_EVENT_HOURS = 2;

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** `20261120T120000Z` */
export function icsUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space.
 * Never splits a UTF-8 sequence (å, ä, ö are two octets each).
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines carry a leading space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The whole VCALENDAR text, CRLF line endings, folded lines. */
export function buildIcs(event: CalendarEvent): string {
  const end = event.end ?? new Date(event.start.getTime() + DEFAULT_EVENT_HOURS * 3_600_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samplan//Samplan//SV',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.organizer
      ? [`ORGANIZER;CN="${event.organizer.name.replace(/["\\]/g, '')}":mailto:${event.organizer.email}`]
      : []),
    `STATUS:${event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** Reads a VCALENDAR back into property → value (unfolded, first occurrence); for tests and checks. */
export function parseIcsProperties(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const properties = new Map<string, string>();
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).split(';')[0]!;
    if (!properties.has(name)) properties.set(name, line.slice(colon + 1));
  }
  return properties;
}
