/**
 * CSV for Excel: UTF-8 with a BOM (or Excel garbles Korean), CRLF line ends, every line ended.
 * Cells are quoted when they must be, and a cell a spreadsheet would run as a formula
 * (=, +, -, @, tab first) is defused with a leading apostrophe.
 */
export function toCsv(header: string[], rows: string[][]): string {
  return `\uFEFF${[header, ...rows].map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("")}`;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || /^[=+\-@\t]/.test(value) ? `"${value.replace(/^([=+\-@\t])/, "'$1").replaceAll('"', '""')}"` : value;
}
