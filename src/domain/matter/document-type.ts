import { zipEntryNames } from '@/domain/budget/import/xlsx-guard';
import { detectAttachmentType, type AttachmentType } from '@/domain/invoice/attachment-type';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a matter or agenda item may carry: PDF, PNG, JPEG, and Word and Excel files (OOXML). */
export type DocumentType = AttachmentType | typeof DOCX_TYPE | typeof XLSX_TYPE;

/**
 * The OOXML type of a zip by its central directory: a [Content_Types].xml part and the main part
 * (word/document.xml, xl/workbook.xml). Null for anything else, an old .doc/.xls among them.
 */
function detectOoxml(bytes: Uint8Array): typeof DOCX_TYPE | typeof XLSX_TYPE | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return DOCX_TYPE;
  if (names.includes('xl/workbook.xml')) return XLSX_TYPE;
  return null;
}

/** The document's type from its content, whatever its name says; null when it is none of the allowed ones. */
export function detectDocumentType(bytes: Uint8Array): DocumentType | null {
  return detectAttachmentType(bytes) ?? detectOoxml(bytes);
}

const CLAIMED: Record<string, DocumentType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: DOCX_TYPE,
  xlsx: XLSX_TYPE,
};

/**
 * Why a document is refused: NOT_ALLOWED (its content is none of the allowed types), NOT_WHAT_IT_SAYS
 * (its name says .docx, .xlsx, .pdf … but its content is something else, e.g. a renamed file).
 */
export type DocumentRefusal = 'NOT_ALLOWED' | 'NOT_WHAT_IT_SAYS';

export function documentRefusal(fileName: string, bytes: Uint8Array): DocumentRefusal | null {
  const detected = detectDocumentType(bytes);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const claimed = extension ? CLAIMED[extension] : undefined;
  if (claimed && claimed !== detected) return 'NOT_WHAT_IT_SAYS';
  return detected ? null : 'NOT_ALLOWED';
}
