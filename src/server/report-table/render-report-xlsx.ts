import 'server-only';
import ExcelJS from 'exceljs';
import { cellText, isKronorCell, type ReportTable } from '@/domain/report-table/report-table';

const KRONOR_FORMAT = '#,##0.00 "kr"';
const HIGHLIGHT: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE68A' } };

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/** The report as one worksheet: title and subtitle, a bold frozen header, amounts as numbers, exceptions filled. */
export async function renderReportXlsx(report: ReportTable): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samplan';
  const sheet = workbook.addWorksheet(sheetName(report.title), { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = report.columns.map((column) => ({ width: Math.max(10, Math.round(column.width * 1.2)) }));
  sheet.addRow([report.title]).font = { bold: true, size: 14 };
  sheet.addRow([report.subtitle]);
  sheet.addRow([]);
  sheet.addRow(report.columns.map((column) => column.header)).font = { bold: true };
  if (report.rows.length === 0) sheet.addRow([report.emptyText]).font = { italic: true };
  for (const row of report.rows) {
    // The file boundary: Excel keeps numbers as doubles; report amounts are in öre at most.
    const added = sheet.addRow(row.cells.map((cell) => (isKronorCell(cell) ? cell.toNumber() : cellText(cell))));
    row.cells.forEach((cell, i) => {
      const target = added.getCell(i + 1);
      if (isKronorCell(cell)) target.numFmt = KRONOR_FORMAT;
      if (row.highlight) target.fill = HIGHLIGHT;
    });
    if (row.bold) added.font = { bold: true };
  }
  if (report.notes?.length) {
    sheet.addRow([]);
    for (const note of report.notes) sheet.addRow([note]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
