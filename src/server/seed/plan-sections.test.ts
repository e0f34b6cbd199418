import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanSections } from './plan-sections';

const seed = readFileSync('prisma/seed-data/verksamhets-och-budgetplan-2026.md', 'utf8');

describe('parsePlanSections', () => {
  const sections = parsePlanSections(seed);

  it('keeps the chapters and sections of the 2026 plan in order, with levels from their numbers', () => {
    expect(sections.map((s) => `${s.level} ${s.title}`).slice(0, 4)).toEqual([
      '1 BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
      '2 Finansiering',
      '2 Målgrupper och övergripande mål',
      '2 Samordningsförbundets uppgifter',
    ]);
    expect(sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual([
      'BAKGRUND: UPPDRAG, FINANSIERING, MÅLGRUPPER, MÅL OCH SYFTE',
      'INRIKTNING 2026',
      'ANALYS OCH UPPFÖLJNING',
      'BUDGETPLAN FÖR ÅR 2026',
    ]);
  });

  it('turns superscript footnotes into Markdown footnotes and leaves the budget tables out', () => {
    const background = sections[0]!.bodyMarkdown;
    expect(background).toContain('*Vårt Gotland 2040*[^1]');
    expect(sections[1]!.bodyMarkdown).toContain('[^1]: <https://gotland.se/arbetslivsinriktadrehabilitering>');
    const budget = sections.at(-1)!.bodyMarkdown;
    expect(budget).toBe(
      'Uppgifter hämtade från besked rörande statlig tilldelning, samordningsförbundets reviderade budgetplan för 2025.',
    );
  });
});
