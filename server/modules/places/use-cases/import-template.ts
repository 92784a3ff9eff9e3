import type { UseCaseContext } from '../../../core/action';
import type { TemplateFile } from '../contracts';
import { assertPlacesAdmin } from '../sheet-source';

const HEADER = ['片区', '社区/村', '类型', '楼栋/组', '单元', '房号/户'];
const EXAMPLE = [
  ['城东片区', '幸福里社区', '社区', '1号楼', '1单元', '101'],
  ['城东片区', '幸福里社区', '社区', '1号楼', '1单元', '102'],
  ['城东片区', '幸福里社区', '社区', '1号楼', '2单元', '101'],
  ['城西片区', '柳树村', '村', '3组', '', '张建华'],
  ['城西片区', '柳树村', '村', '3组', '', '李明'],
];
const NOTES = [
  '每行一户。第一行是列名，不要改。',
  '片区：这个社区或村归哪个片区。',
  '类型：写“社区”或“村”；不写时，名字以“村”结尾的算村。',
  '楼栋/组：城里写楼号，村里写村民小组。',
  '单元：没有单元的（村民小组、平房）留空。',
  '房号/户：城里写房号，村里可以写户主姓名或门牌。',
  '同一户只写一行；再次导入同一个表格不会重复添加，只会加上新的户。',
];

/** The address sheet to fill in: the columns, example rows, and (in the xlsx) a sheet of instructions. */
export async function importTemplate(ctx: UseCaseContext, input: { format: 'xlsx' | 'csv' }): Promise<TemplateFile> {
  assertPlacesAdmin(ctx);
  if (input.format === 'csv') {
    const csv = `\uFEFF${[HEADER, ...EXAMPLE].map((row) => row.join(',')).join('\r\n')}\r\n`;
    return { fileName: '地址导入模板.csv', data: Buffer.from(csv, 'utf8').toString('base64') };
  }
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('住户');
  sheet.addRow(HEADER).font = { bold: true };
  for (const row of EXAMPLE) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 14));
  const notes = workbook.addWorksheet('填写说明');
  for (const line of NOTES) notes.addRow([line]);
  notes.getColumn(1).width = 70;
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: '地址导入模板.xlsx', data: bytes.toString('base64') };
}
