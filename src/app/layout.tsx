import type { Metadata } from 'next';
import { messages } from '@/i18n/catalog';
import './globals.css';

const { common } = messages();

export const metadata: Metadata = {
  title: { default: common.appName, template: `%s – ${common.appName}` },
  description: common.tagline,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
