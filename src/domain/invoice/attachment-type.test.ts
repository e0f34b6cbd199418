import { describe, expect, it } from 'vitest';
import { detectAttachmentType } from './attachment-type';

describe('detectAttachmentType', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(detectAttachmentType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectAttachmentType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    );
    expect(detectAttachmentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  });

  it('refuses anything else, also a text file named .pdf', () => {
    expect(detectAttachmentType(new TextEncoder().encode('<html>'))).toBeNull();
    expect(detectAttachmentType(new Uint8Array())).toBeNull();
  });
});
