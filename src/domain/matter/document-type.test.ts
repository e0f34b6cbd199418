import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectDocumentType, documentRefusal, DOCX_TYPE, XLSX_TYPE } from './document-type';

const text = (value: string) => new TextEncoder().encode(value);
const CONTENT_TYPES = text(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

/** A minimal real .docx: the package's content types and the main document part. */
const docx = () =>
  zipSync({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': text('<Relationships/>'),
    'word/document.xml': text('<w:document><w:body><w:p><w:r><w:t>Ansökan</w:t></w:r></w:p></w:body></w:document>'),
  });
/** A minimal real .xlsx: content types and the workbook part. */
const xlsx = () =>
  zipSync({
    '[Content_Types].xml': CONTENT_TYPES,
    'xl/workbook.xml': text('<workbook/>'),
    'xl/worksheets/sheet1.xml': text('<worksheet/>'),
  });

describe('documents checked by their content', () => {
  it('recognizes Word and Excel files by the zip directory', () => {
    expect(detectDocumentType(docx())).toBe(DOCX_TYPE);
    expect(detectDocumentType(xlsx())).toBe(XLSX_TYPE);
    expect(documentRefusal('ansokan.docx', docx())).toBeNull();
    expect(documentRefusal('budget.xlsx', xlsx())).toBeNull();
    // Stored compressed as Office does: still recognized.
    const deflated = zipSync({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': text('<w/>') }, { level: 9 });
    expect(detectDocumentType(deflated)).toBe(DOCX_TYPE);
  });

  it('keeps PDF, PNG and JPEG', () => {
    expect(detectDocumentType(text('%PDF-1.7\n'))).toBe('application/pdf');
    expect(documentRefusal('underlag.pdf', text('%PDF-1.7\n'))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  });

  it('refuses a file named .docx that is not one: text, a zip without the Word parts, an Excel file', () => {
    expect(documentRefusal('ansokan.docx', text('Detta är ingen Word-fil.'))).toBe('NOT_WHAT_IT_SAYS');
    expect(documentRefusal('ansokan.docx', zipSync({ 'readme.txt': text('hej') }))).toBe('NOT_WHAT_IT_SAYS');
    expect(documentRefusal('ansokan.docx', zipSync({ 'word/document.xml': text('<w/>') }))).toBe('NOT_WHAT_IT_SAYS');
    expect(documentRefusal('ansokan.docx', xlsx())).toBe('NOT_WHAT_IT_SAYS');
    expect(documentRefusal('Budget.XLSX', docx())).toBe('NOT_WHAT_IT_SAYS');
    expect(documentRefusal('ansokan.pdf', docx())).toBe('NOT_WHAT_IT_SAYS');
  });

  it('refuses what is none of the allowed types, whatever its name', () => {
    expect(documentRefusal('program.exe', new Uint8Array([77, 90, 0, 0]))).toBe('NOT_ALLOWED');
    expect(documentRefusal('arkiv.zip', zipSync({ 'a.txt': text('a') }))).toBe('NOT_ALLOWED');
    // A zip's first bytes with nothing behind them.
    expect(documentRefusal('trasig.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('NOT_ALLOWED');
  });
});
