// CSV for people who open it in Excel: RFC 4180 (CRLF, doubled quotes), a UTF-8 byte-order mark
// so Excel reads Chinese as UTF-8 rather than the system code page, and every text cell quoted.
// Text starting with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet never runs a cell
// as a formula (CSV injection: titles and names come from editors and integrators).
import { stringify } from 'csv-stringify/sync'

export type CsvCell = string | number | null | undefined

export const UTF8_BOM = '\uFEFF'

export const toCsv = (rows: CsvCell[][]): string =>
  stringify(rows, {
    bom: true,
    record_delimiter: 'windows',
    quoted_string: true,
    // Numbers are written as they are (a negative number is not a formula); only text is escaped.
    escape_formulas: true,
  })
