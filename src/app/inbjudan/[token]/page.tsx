import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/people/accept-invitation-form';
import { PublicCard } from '@/components/people/public-card';
import { mailDateTime } from '@/domain/mail/templates/people';
import { format, messages } from '@/i18n/catalog';
import { readInvitationLink } from '@/server/people/page-readers/read-one-time-link';

export const metadata: Metadata = { title: messages().people.invitation.title, referrer: 'no-referrer' };

/** An invitation's link: the association and roles, and the form to accept; a plain page for a link that no longer works. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await readInvitationLink(token);
  const t = messages().people;
  if (link.state !== 'VALID') {
    const state = t.invitation.states[link.state];
    return (
      <PublicCard title={state.title} testId="invitation-unusable">
        <p className="text-slate-700">{state.body}</p>
        <p>
          <Link href="/logga-in">{t.password.backToSignIn}</Link>
        </p>
      </PublicCard>
    );
  }
  return (
    <PublicCard title={t.invitation.title} testId="invitation">
      <p className="text-slate-800">{format(t.invitation.intro, { association: link.associationName })}</p>
      <dl className="grid gap-1 text-sm" data-testid="invitation-roles">
        {link.roles.map((role) => (
          <div key={role} className="flex gap-2">
            <dt className="font-medium">{t.invitation.roles}:</dt>
            <dd>{role}</dd>
          </div>
        ))}
      </dl>
      {link.inviterName ? (
        <p className="text-sm text-slate-600">{format(t.invitation.invitedBy, { name: link.inviterName })}</p>
      ) : null}
      <p className="text-sm text-slate-600">{format(t.invitation.expires, { date: mailDateTime(link.expiresAt) })}</p>
      <AcceptInvitationForm token={token} name={link.name} email={link.email} hasPassword={link.hasPassword} />
    </PublicCard>
  );
}
