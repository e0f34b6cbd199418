/** A file a route handler sends: an export, a PDF, an attachment. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}
