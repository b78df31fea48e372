/**
 * CSV as Excel in Japan opens it: UTF-8 with a byte-order mark (without it Excel guesses
 * Shift_JIS), CRLF line ends, and RFC 4180 quoting (a field with a comma, quote or line break is
 * quoted, quotes doubled). A field that starts like a formula (= + - @, tab, CR) gets a leading
 * apostrophe, so a name typed by an applicant cannot run as a formula in Excel.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
