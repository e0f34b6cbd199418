import { describe, expect, it } from 'vitest';
import { canonicalMinutesContent, minutesContentHash, type MinutesContent } from './minutes-content';

const content: MinutesContent = {
  chairId: 'mats',
  secretaryId: 'anna',
  attendance: [
    { personId: 'mats', status: 'PRESENT', servingForSeatId: null, coOpted: false },
    { personId: 'ida', status: 'PRESENT', servingForSeatId: 'seat-ali', coOpted: false },
    { personId: 'ali', status: 'ABSENT', servingForSeatId: null, coOpted: false },
  ],
  paragraphs: [
    {
      number: 8,
      title: 'Ansökan Arbetsträning Sjöstad',
      discussion: 'Beredningen föreslår bifall.',
      decisionText: 'Styrelsen beviljar 600 000 kr.',
      decision: 'Styrelsen beviljar 600 000 kr.',
      votes: [
        { personId: 'mats', choice: 'FOR', reservation: null },
        { personId: 'ida', choice: 'AGAINST', reservation: 'För högt belopp.' },
      ],
    },
    { number: 7, title: 'Mötets öppnande', discussion: '', decisionText: '', decision: null, votes: [] },
  ],
};

describe('the minutes content hash', () => {
  it('is a SHA-256 hex digest, stable across row order', () => {
    const hash = minutesContentHash(content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const shuffled: MinutesContent = {
      ...content,
      attendance: [...content.attendance].reverse(),
      paragraphs: [...content.paragraphs].reverse().map((p) => ({ ...p, votes: [...p.votes].reverse() })),
    };
    expect(minutesContentHash(shuffled)).toBe(hash);
    expect(canonicalMinutesContent(shuffled)).toBe(canonicalMinutesContent(content));
  });

  it('puts paragraphs in § order in the canonical text', () => {
    const text = canonicalMinutesContent(content);
    expect(text.indexOf('Mötets öppnande')).toBeLessThan(text.indexOf('Arbetsträning'));
  });

  const p8 = content.paragraphs[0]!;
  const changes: [string, MinutesContent][] = [
    ['a paragraph number', { ...content, paragraphs: [{ ...p8, number: 9 }, content.paragraphs[1]!] }],
    ['a title', { ...content, paragraphs: [{ ...p8, title: 'Ansökan' }, content.paragraphs[1]!] }],
    ['the discussion', { ...content, paragraphs: [{ ...p8, discussion: 'Avslag.' }, content.paragraphs[1]!] }],
    [
      'the decision text',
      { ...content, paragraphs: [{ ...p8, decisionText: 'Styrelsen beviljar 60 000 kr.' }, content.paragraphs[1]!] },
    ],
    ['the recorded decision', { ...content, paragraphs: [{ ...p8, decision: 'Avslag.' }, content.paragraphs[1]!] }],
    [
      'a vote',
      {
        ...content,
        paragraphs: [
          { ...p8, votes: [p8.votes[0]!, { personId: 'ida', choice: 'ABSTAIN', reservation: null }] },
          content.paragraphs[1]!,
        ],
      },
    ],
    [
      'a reservation',
      {
        ...content,
        paragraphs: [{ ...p8, votes: [p8.votes[0]!, { ...p8.votes[1]!, reservation: 'x' }] }, content.paragraphs[1]!],
      },
    ],
    ['an added paragraph', { ...content, paragraphs: [...content.paragraphs, { ...p8, number: 9 }] }],
    [
      'attendance',
      {
        ...content,
        attendance: content.attendance.map((a) => (a.personId === 'ali' ? { ...a, status: 'PRESENT' } : a)),
      },
    ],
    [
      'who a deputy served for',
      {
        ...content,
        attendance: content.attendance.map((a) => (a.personId === 'ida' ? { ...a, servingForSeatId: null } : a)),
      },
    ],
    ['the chair', { ...content, chairId: 'helena' }],
    ['the secretary', { ...content, secretaryId: null }],
  ];
  it.each(changes)('changes with %s', (_what, changed) => {
    expect(minutesContentHash(changed)).not.toBe(minutesContentHash(content));
  });
});
