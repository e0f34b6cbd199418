'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A navigation link that marks itself as the current page (or section, for nested pages). */
export function NavLink({
  href,
  exact = false,
  section,
  children,
}: {
  href: string;
  exact?: boolean;
  /** The section's path when the link goes to one of its pages (Inställningar → Regler). */
  section?: string;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const root = section ?? href;
  const active = exact ? pathname === href : pathname === root || pathname.startsWith(`${root}/`);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`block rounded-md px-3 py-2 text-sm no-underline transition-colors ${
        active
          ? 'bg-accent-50 font-semibold text-accent-800 ring-1 ring-accent-100'
          : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900'
      }`}
    >
      {children}
    </Link>
  );
}
