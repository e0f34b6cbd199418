import { describe, expect, it } from 'vitest';
import { bodiesOf } from './my-bodies';

describe('bodiesOf', () => {
  it('puts board members and seat holders on the board', () => {
    expect(bodiesOf(['BOARD_MEMBER'], [])).toEqual(['BOARD']);
    expect(bodiesOf(['DEPUTY'], [{ workingCommittee: true }])).toEqual(['BOARD', 'WORKING_COMMITTEE']);
  });
  it('gives the preparation group and member representatives their own bodies only', () => {
    expect(bodiesOf(['PREPARATION_GROUP'], [])).toEqual(['PREPARATION_GROUP']);
    expect(bodiesOf(['MEMBER_REPRESENTATIVE'], [])).toEqual(['MEMBERS_CONSULTATION']);
    expect(bodiesOf(['AUDITOR'], [])).toEqual([]);
  });
  it('lets the office follow every body', () => {
    expect(bodiesOf(['DIRECTOR'], [])).toEqual([
      'BOARD',
      'WORKING_COMMITTEE',
      'PREPARATION_GROUP',
      'MEMBERS_CONSULTATION',
    ]);
  });
});
