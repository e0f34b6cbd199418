import type { Tx } from './seed-helpers';

/**
 * A one-page PDF with a few lines of text (Helvetica, Latin-1), built by hand so the seed needs
 * no renderer: enough for a demo invoice's document (nobody attests an invoice without one).
 */
export function simplePdf(lines: readonly string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = ['BT', '/F1 12 Tf', '60 780 Td', '16 TL', ...lines.map((line) => `(${escape(line)}) '`), 'ET'].join(
    '\n',
  );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Gives every invoice of the association that has no document a generated PDF of it (the demo's scanned invoices). */
export async function seedInvoiceDocuments(tx: Tx, associationId: string, uploadedById: string) {
  const invoices = await tx.invoice.findMany({
    where: { associationId, attachments: { none: {} } },
    select: {
      id: true,
      supplier: true,
      invoiceNumber: true,
      invoiceDate: true,
      amountExclVat: true,
      amountInclVat: true,
    },
  });
  for (const invoice of invoices) {
    const pdf = simplePdf([
      `Faktura ${invoice.invoiceNumber}`,
      invoice.supplier,
      `Fakturadatum ${invoice.invoiceDate.toISOString().slice(0, 10)}`,
      `Belopp exkl. moms ${invoice.amountExclVat.toFixed(2)} kr`,
      `Moms ${invoice.amountInclVat.minus(invoice.amountExclVat).toFixed(2)} kr`,
      `Att betala ${invoice.amountInclVat.toFixed(2)} kr`,
    ]);
    const data = new Uint8Array(pdf);
    await tx.attachment.create({
      data: {
        associationId,
        invoiceId: invoice.id,
        fileName: `faktura-${invoice.invoiceNumber}.pdf`,
        mimeType: 'application/pdf',
        sizeBytes: data.byteLength,
        data,
        uploadedById,
      },
    });
  }
}
