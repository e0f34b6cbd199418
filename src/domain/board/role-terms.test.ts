import { describe, expect, it } from 'vitest';
import { validateRoleTerm, type RoleTerm } from './role-terms';
import { termEndOf, termStartOf } from './term-dates';

const term = (from: string, to: string | null) => ({ from: termStartOf(from), to: to ? termEndOf(to) : null });
const chair = (personId: string, from: string, to: string | null, id?: string): RoleTerm => ({
  id,
  personId,
  role: 'CHAIR',
  term: term(from, to),
});

describe('validateRoleTerm', () => {
  it('lets a person hold the same role in a second term after the first ended', () => {
    expect(
      validateRoleTerm(chair('anna', '2027-01-01', null), [chair('anna', '2023-01-01', '2026-12-31', 'a')]),
    ).toEqual([]);
  });

  it('refuses overlapping terms of the same role for the same person', () => {
    expect(
      validateRoleTerm(chair('anna', '2026-06-01', null), [chair('anna', '2023-01-01', '2026-12-31', 'a')]),
    ).toEqual([{ field: 'from', code: 'OVERLAPPING_TERM' }]);
  });

  it('refuses two chairs at once but allows the next chair from the day after', () => {
    const old = chair('anna', '2023-01-01', '2026-12-31', 'a');
    expect(validateRoleTerm(chair('bo', '2026-12-31', null), [old])).toEqual([{ field: 'from', code: 'ROLE_TAKEN' }]);
    expect(validateRoleTerm(chair('bo', '2027-01-01', null), [old])).toEqual([]);
  });

  it('allows several people in a role held by many', () => {
    const auditor = (personId: string): RoleTerm => ({ personId, role: 'AUDITOR', term: term('2027-01-01', null) });
    expect(validateRoleTerm(auditor('bo'), [auditor('anna')])).toEqual([]);
  });

  it('refuses a term that ends before it starts', () => {
    expect(validateRoleTerm(chair('anna', '2027-01-01', '2026-12-31'), [])).toEqual([
      { field: 'to', code: 'END_BEFORE_START' },
    ]);
  });

  it('does not compare a changed term with itself', () => {
    const own = chair('anna', '2023-01-01', null, 'a');
    expect(validateRoleTerm({ ...own, term: term('2023-01-01', '2026-12-31') }, [own])).toEqual([]);
  });
});
