import 'server-only';
import PDFDocument from 'pdfkit';
import { pdfText } from './text';

export type PdfDoc = InstanceType<typeof PDFDocument>;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PdfDocumentOptions {
  title: string;
  /** Who the document is by; Samplan unless an association signs it (the plan). */
  author?: string;
  /** One number for all four, or each side. */
  margins: number | Margins;
  landscape?: boolean;
  /** `false` leaves the text operators readable (tests look for the text). */
  compress?: boolean;
}

/**
 * An A4 document with Helvetica, metadata and buffered pages (so footers can be written on every
 * page at the end), and `done`: the bytes once `doc.end()` is called.
 */
export function createPdfDocument(options: PdfDocumentOptions): { doc: PdfDoc; done: Promise<Uint8Array> } {
  const margins =
    typeof options.margins === 'number'
      ? { top: options.margins, bottom: options.margins, left: options.margins, right: options.margins }
      : options.margins;
  const doc: PdfDoc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margins,
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: pdfText(options.title), Author: pdfText(options.author ?? 'Samplan'), Creator: 'Samplan' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The width between the left and right margins of the current page. */
export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
