import { Notice } from '@/components/ui/notice';
import { SubNav } from '@/components/ui/sub-nav';
import { may } from '@/domain/authz/permissions';
import type { Role } from '@/domain/authz/roles';
import type { MailMode } from '@/domain/mail/mail-mode';
import { messages } from '@/i18n/catalog';

type SettingsTab = 'regler' | 'medlemmar' | 'board' | 'personer' | 'attest' | 'mail';

/**
 * The settings area's tabs, and the banner that says mail is off (a real install without SMTP_URL):
 * shown on every settings page, so the office sees it where it configures the association.
 */
export function SettingsNav({
  slug,
  roles,
  current,
  mailMode,
}: {
  slug: string;
  roles: readonly Role[];
  current: SettingsTab;
  mailMode: MailMode;
}) {
  const t = messages().mailAdmin;
  const base = `/forbund/${encodeURIComponent(slug)}/installningar`;
  const tabs = messages().associationSettings.nav;
  const items = [
    { key: 'regler' as const, href: `${base}/regler`, label: tabs.rules },
    { key: 'medlemmar' as const, href: `${base}/medlemmar`, label: tabs.members },
    { key: 'board' as const, href: `${base}/styrelse`, label: messages().board.nav },
    { key: 'attest' as const, href: `${base}/attest`, label: t.outbox.navAttest },
    ...(may(roles, 'mail.outbox.read')
      ? [{ key: 'mail' as const, href: `${base}/e-post`, label: t.outbox.navMail }]
      : []),
    ...(may(roles, 'people.manage')
      ? [{ key: 'personer' as const, href: `${base}/personer`, label: messages().people.settings.tab }]
      : []),
  ];
  return (
    <>
      <SubNav label={t.outbox.settingsNav} items={items} current={current} testId="settings-nav" />
      {mailMode === 'off' ? (
        <Notice tone="warning" title={t.mailOff.title} testId="mail-off">
          {t.mailOff.body}
        </Notice>
      ) : null}
    </>
  );
}
