import { describe, expect, it } from 'vitest';
import { invitationMail, passwordChangedMail, passwordLinkMail } from './people';

describe('people mail', () => {
  it('an invitation says who invited to which association, with which roles, until when', () => {
    const mail = invitationMail({
      recipientName: 'Nora <Ny>',
      associationName: 'Samordningsförbundet Sjöbygden',
      inviterName: 'Anna Lind',
      roles: ['Ledamot (Region Sjöland), 2027-01-01 – 2030-12-31', 'Beredningsgrupp'],
      expiresAt: new Date('2026-12-09T14:30:00Z'),
      acceptUrl: 'https://samplan.example/inbjudan/abc',
    });
    expect(mail.subject).toBe('Inbjudan till Samplan, Samordningsförbundet Sjöbygden');
    expect(mail.text).toContain('Anna Lind har bjudit in dig till Samordningsförbundet Sjöbygden');
    expect(mail.text).toContain('Roll: Ledamot (Region Sjöland), 2027-01-01 – 2030-12-31');
    expect(mail.text).toContain('Roll: Beredningsgrupp');
    // Stockholm time: 15:30 in winter.
    expect(mail.text).toContain('9 december 2026 kl. 15:30');
    expect(mail.text).toContain('https://samplan.example/inbjudan/abc');
    expect(mail.html).toContain('Nora &lt;Ny&gt;');
  });

  it('a reset link warns that it may not have been you; a first-password link does not', () => {
    const facts = { recipientName: 'Nora', expiresAt: new Date('2026-12-02T11:00:00Z'), url: 'https://x/losenord/t' };
    const reset = passwordLinkMail({ ...facts, purpose: 'RESET' });
    expect(reset.subject).toBe('Välj ett nytt lösenord för Samplan');
    expect(reset.text).toContain('Om det inte var du');
    expect(reset.text).toContain('2 december 2026 kl. 12:00');
    const first = passwordLinkMail({ ...facts, purpose: 'SET_PASSWORD' });
    expect(first.subject).toBe('Välj ditt lösenord för Samplan');
    expect(first.text).not.toContain('Om det inte var du');
  });

  it('a changed password says when and that other sessions ended', () => {
    const mail = passwordChangedMail({
      recipientName: 'Nora',
      changedAt: new Date('2026-07-01T08:00:00Z'),
      signInUrl: 'https://x/logga-in',
    });
    expect(mail.text).toContain('1 juli 2026 kl. 10:00');
    expect(mail.text).toContain('avslutats');
  });
});
