import { describe, expect, it } from 'vitest';
import { CHOOSABLE_MAIL_KINDS, deliveryFor, isMandatoryMailKind } from './mail-kinds';

describe('deliveryFor', () => {
  it('without a choice, mail goes at once', () => {
    expect(deliveryFor('INVOICE_TO_ATTEST', {})).toBe('IMMEDIATE');
  });

  it('follows the person’s choice for a choosable kind', () => {
    expect(deliveryFor('INVOICE_TO_ATTEST', { INVOICE_TO_ATTEST: 'DIGEST' })).toBe('DIGEST');
    expect(deliveryFor('COMMENT_REPLY', { COMMENT_REPLY: 'OFF' })).toBe('OFF');
  });

  it('ignores a choice for a mandatory kind', () => {
    expect(deliveryFor('MEETING_NOTICE', { MEETING_NOTICE: 'OFF' })).toBe('IMMEDIATE');
    expect(deliveryFor('PASSWORD_RESET', { PASSWORD_RESET: 'DIGEST' })).toBe('IMMEDIATE');
  });

  it('lists only the choosable kinds for the preferences page', () => {
    expect(CHOOSABLE_MAIL_KINDS.some(isMandatoryMailKind)).toBe(false);
    expect(CHOOSABLE_MAIL_KINDS).toEqual([
      'MINUTES_TO_ADJUST',
      'INVOICE_TO_ATTEST',
      'PLAN_FOR_COMMENT',
      'COMMENT_REPLY',
      'ADOPTION_DEADLINE',
    ]);
  });
});
