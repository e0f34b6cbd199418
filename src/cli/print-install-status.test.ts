import { afterEach, describe, expect, it, vi } from 'vitest';
import { printInstallStatus } from './print-install-status';

const printed = () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  return () => log.mock.calls.map((call) => call.join(' ')).join('\n');
};

afterEach(() => vi.restoreAllMocks());

describe('printInstallStatus (what npm start says once the database is ready)', () => {
  it('the demo install: the demo logins and their password', () => {
    const text = printed();
    printInstallStatus({ seeded: true, demoData: true }, false);
    expect(text()).toContain('samplan-demo');
    expect(text()).toContain('chef@samplan.se');
    expect(text()).not.toContain('admin:create');
  });

  it('an empty install: no demo login, how to create the first administrator', () => {
    const text = printed();
    printInstallStatus({ seeded: false, demoData: false }, false);
    expect(text()).toContain('npm run admin:create -- --email');
    expect(text()).not.toContain('samplan-demo');
  });

  it('an install with its administrator: where to go, no command', () => {
    const text = printed();
    printInstallStatus({ seeded: false, demoData: false }, true);
    expect(text()).toContain('/system');
    expect(text()).not.toContain('admin:create');
  });
});
