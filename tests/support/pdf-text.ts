import { inflateSync } from 'node:zlib';

/**
 * The text of a pdfkit PDF, compressed or not: each content stream inflated where it is
 * FlateDecode, then the strings pdfkit writes with TJ (hex in WinAnsi, which is Latin-1 for
 * å ä ö) decoded, one line per TJ. No-break spaces become spaces. Enough for tests to look for
 * titles and amounts; not a general PDF parser.
 */
export function pdfText(pdf: Uint8Array): string {
  const buffer = Buffer.from(pdf);
  const source = buffer.toString('latin1');
  const contents: string[] = [];
  const streamPattern = /<<([^]*?)>>\s*stream\r?\n/g;
  for (const match of source.matchAll(streamPattern)) {
    const start = match.index! + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) continue;
    const raw = buffer.subarray(start, end);
    if (/\/FlateDecode/.test(match[1]!)) {
      try {
        contents.push(inflateSync(raw).toString('latin1'));
      } catch {
        // Not a content stream we can read (fonts, images): skip.
      }
    } else {
      contents.push(raw.toString('latin1'));
    }
  }
  const pieces: string[] = [];
  for (const content of contents) {
    for (const [, array] of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const [, hex] of array!.matchAll(/<([0-9a-fA-F]+)>/g))
        pieces.push(Buffer.from(hex!, 'hex').toString('latin1'));
      pieces.push('\n');
    }
  }
  return pieces.join('').replace(/\u00a0/g, ' ');
}

/** The text with every run of white space as one space, for looking for titles that wrap. */
export function flatPdfText(pdf: Uint8Array): string {
  return pdfText(pdf).replace(/\s+/g, ' ');
}
