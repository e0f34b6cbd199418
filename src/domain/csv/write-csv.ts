// The one CSV writer: every export (budget, attest log, public-records register, statistics template)
// writes ';'-separated text the way Swedish Excel opens it.

/** One field: quoted (inner quotes doubled) when it holds the separator, a quote or a line break. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as ';'-separated text, CRLF after every row (the last one too). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** The file body: UTF-8 with a byte-order mark, so Excel reads å, ä and ö. */
export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode('\ufeff' + toCsv(rows));
}
