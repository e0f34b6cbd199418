/** The most an invoice attachment may weigh: 5 MB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type AttachmentType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SIGNATURES: { type: AttachmentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The file's type from its first bytes, whatever name or mime type the browser gave it; null when not allowed. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  return SIGNATURES.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte))?.type ?? null;
}
