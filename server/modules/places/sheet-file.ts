import { fail } from '../../core/errors';

/** The largest address sheet accepted: a county of 100,000 households fits in a few MB. */
export const MAX_SHEET_BYTES = 8 * 1024 * 1024;
export const MAX_SHEET_ROWS = 200_000;

export type SheetFormat = 'xlsx' | 'csv';

export function sheetFormat(fileName: string): SheetFormat {
  if (/\.xlsx$/i.test(fileName)) return 'xlsx';
  if (/\.csv$/i.test(fileName)) return 'csv';
  throw fail.validation('只能导入 .xlsx 或 .csv 文件', [{ field: 'fileName', message: '请用 Excel 另存为 .xlsx 或 .csv 后再导入' }]);
}

/**
 * CSV as Excel in China saves it: GB18030 unless the bytes are UTF-8 (with or
 * without its BOM). A file that is neither reads as replacement characters,
 * which the row rules then refuse by line.
 */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A row of the sheet: its line as the person sees it in Excel, and its cells as text. */
export interface SheetLine {
  line: number;
  cells: string[];
}

/** Every non-empty row of the file's first sheet (a maintained parser each: exceljs for xlsx, csv-parse for CSV). */
export async function readSheet(fileName: string, bytes: Buffer): Promise<SheetLine[]> {
  if (bytes.length === 0) throw fail.validation('文件是空的', [{ field: 'data', message: '请选择有内容的表格文件' }]);
  if (bytes.length > MAX_SHEET_BYTES) throw fail.validation('文件太大了（最多 8 MB）', [{ field: 'data', message: '请把表格拆成几个文件分别导入' }]);
  const format = sheetFormat(fileName);
  let rows: SheetLine[];
  if (format === 'csv') {
    const { parse } = await import('csv-parse/sync');
    try {
      const records = parse(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
      rows = records.map((r) => ({ line: r.info.lines, cells: r.record }));
    } catch {
      throw fail.validation('这个 CSV 文件读不出来', [{ field: 'data', message: '请用 Excel 打开后另存为 .xlsx 再导入' }]);
    }
  } else {
    rows = await readXlsx(bytes);
  }
  if (rows.length > MAX_SHEET_ROWS) throw fail.validation(`表格超过 ${MAX_SHEET_ROWS} 行`, [{ field: 'data', message: '请把表格拆成几个文件分别导入' }]);
  return rows;
}

async function readXlsx(bytes: Buffer): Promise<SheetLine[]> {
  // Loaded on the first import only: it costs ~300 ms to load, which no other call of the places function should pay.
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fail.validation('这个 Excel 文件读不出来', [{ field: 'data', message: '请确认是 .xlsx 格式（旧的 .xls 请先另存为 .xlsx）' }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetLine[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows.push({ line: row.number, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}
