import { describe, expect, it } from 'vitest';
import { decideMailMode } from './mail-mode';

describe('decideMailMode', () => {
  it('SMTP_URL set: smtp, whatever the install holds', () => {
    for (const demoData of [true, false])
      for (const development of [true, false])
        expect(decideMailMode({ smtpUrl: 'smtp://mail.example.se:587', demoData, development })).toBe('smtp');
  });

  it('no SMTP_URL and the demo data: the inbox (a demo user must see the mail it sends)', () => {
    expect(decideMailMode({ smtpUrl: null, demoData: true, development: false })).toBe('inbox');
  });

  it('no SMTP_URL in development: the inbox', () => {
    expect(decideMailMode({ smtpUrl: null, demoData: false, development: true })).toBe('inbox');
  });

  it('no SMTP_URL, a real install in production: off (an open inbox would show real reset links)', () => {
    expect(decideMailMode({ smtpUrl: null, demoData: false, development: false })).toBe('off');
  });

  it('an empty SMTP_URL counts as unset', () => {
    expect(decideMailMode({ smtpUrl: '', demoData: false, development: false })).toBe('off');
  });
});
