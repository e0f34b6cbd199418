/** The strings pdfkit writes with TJ, hex-encoded in WinAnsi, decoded back (uncompressed PDFs only), one line per TJ. */
export function pdfText(pdf: Uint8Array): string {
  const source = Buffer.from(pdf).toString('latin1');
  const pieces: string[] = [];
  for (const [, array] of source.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    for (const [, hex] of array!.matchAll(/<([0-9a-fA-F]+)>/g)) pieces.push(Buffer.from(hex!, 'hex').toString('latin1'));
    pieces.push('\n');
  }
  return pieces.join('').replace(/\u00a0/g, ' ');
}
