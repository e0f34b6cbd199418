import Link from 'next/link';

export interface SubNavItem<Key extends string> {
  key: Key;
  href: string;
  label: string;
}

/**
 * Tabs of links under a page's heading (Budget · Uppföljning · Versioner and the like); the current
 * one carries `aria-current="page"`. `wrap` lets the tabs wrap onto a second line on narrow screens.
 */
export function SubNav<Key extends string>({
  label,
  items,
  current,
  testId,
  wrap = false,
}: {
  label: string;
  items: readonly SubNavItem<Key>[];
  current: Key;
  testId: string;
  wrap?: boolean;
}) {
  return (
    <nav aria-label={label} className="mb-4 print:hidden" data-testid={testId}>
      <ul
        className={
          wrap
            ? 'flex flex-wrap gap-1 border-b border-slate-200 text-sm'
            : 'flex gap-1 border-b border-slate-200 text-sm'
        }
      >
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? 'page' : undefined}
              className={`-mb-px block border-b-2 px-3 py-2 no-underline ${
                item.key === current
                  ? 'border-accent-700 font-semibold text-accent-800'
                  : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900'
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
