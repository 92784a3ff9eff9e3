/**
 * A county's address book as its spreadsheets keep it: one row per household
 * (社区/村, 楼栋/组, 单元, 房号/户), with its area (片区). Pure rules: which
 * column is which, what makes a row usable, and which rows repeat.
 */
export type Column = 'area' | 'community' | 'kind' | 'building' | 'unit' | 'room';

/** The headers counties write for each column (the first match wins). */
export const HEADER_NAMES: Record<Column, string[]> = {
  area: ['片区', '所属片区', '区域'],
  community: ['社区/村', '社区（村）', '社区(村)', '社区', '村', '小区'],
  kind: ['类型', '社区或村'],
  building: ['楼栋/组', '楼栋（组）', '楼栋(组)', '楼栋', '楼号', '组', '村民小组'],
  unit: ['单元'],
  room: ['房号/户', '房号（户）', '房号(户)', '房号', '门牌号', '户', '户主'],
};

/** The columns a file must have; 类型 and 单元 may be left out (a village's groups have no units). */
export const REQUIRED: Column[] = ['area', 'community', 'building', 'room'];

export const COLUMN_LABELS: Record<Column, string> = { area: '片区', community: '社区/村', kind: '类型', building: '楼栋/组', unit: '单元', room: '房号/户' };

const clean = (s: string) => s.replace(/\s+/g, '');

/** Where each column is in the header row, and which required ones are missing. */
export function mapHeaders(header: string[]): { at: Partial<Record<Column, number>>; missing: Column[] } {
  const names = header.map((h) => clean(String(h ?? '')));
  const at: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(HEADER_NAMES) as Column[]) {
    for (const candidate of HEADER_NAMES[column]) {
      const index = names.findIndex((n, i) => n === clean(candidate) && !Object.values(at).includes(i));
      if (index >= 0) {
        at[column] = index;
        break;
      }
    }
  }
  return { at, missing: REQUIRED.filter((c) => at[c] === undefined) };
}

export interface PlaceRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  area: string;
  community: string;
  kind: 'community' | 'village';
  building: string;
  /** '' for a village group's households, which have no units. */
  unit: string;
  room: string;
}

export interface Refused {
  line: number;
  reason: string;
}

const LIMITS: Record<Exclude<Column, 'kind'>, number> = { area: 20, community: 30, building: 20, unit: 20, room: 20 };
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]*$/u;

/** One row's cells made into a household, or the reason it cannot be. */
export function readRow(cells: Partial<Record<Column, string>>, line: number): { row: PlaceRow } | { refused: Refused } {
  const value = (c: Column) => (cells[c] ?? '').replace(/[\s\u3000]+/g, ' ').trim();
  for (const column of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const v = value(column);
    if (!PRINTABLE.test(v)) return { refused: { line, reason: `${COLUMN_LABELS[column]}里有不能显示的字符` } };
    if (v.length > LIMITS[column]) return { refused: { line, reason: `${COLUMN_LABELS[column]}太长了（最多${LIMITS[column]}个字）` } };
  }
  for (const column of REQUIRED) {
    if (!value(column)) return { refused: { line, reason: `缺少${COLUMN_LABELS[column]}` } };
  }
  const kindText = value('kind');
  const community = value('community');
  let kind: PlaceRow['kind'];
  if (kindText) {
    if (/^(村|行政村|村委会)$/.test(kindText)) kind = 'village';
    else if (/^(社区|居委会|小区)$/.test(kindText)) kind = 'community';
    else return { refused: { line, reason: `类型写“社区”或“村”，不认识“${kindText}”` } };
  } else {
    kind = /村$/.test(community) ? 'village' : 'community';
  }
  return { row: { line, area: value('area'), community, kind, building: value('building'), unit: value('unit'), room: value('room') } };
}

/** The natural key of a household: community, building, unit and room. */
export function householdKey(r: { community: string; building: string; unit: string; room: string }): string {
  return [r.community, r.building, r.unit, r.room].join('\u0001');
}

/** Rows that name a household an earlier row already named are refused, pointing at the first. */
export function withoutRepeats(rows: PlaceRow[]): { rows: PlaceRow[]; refused: Refused[] } {
  const first = new Map<string, number>();
  const kept: PlaceRow[] = [];
  const refused: Refused[] = [];
  for (const row of rows) {
    const key = householdKey(row);
    const seen = first.get(key);
    if (seen !== undefined) refused.push({ line: row.line, reason: `和第${seen}行是同一户` });
    else {
      first.set(key, row.line);
      kept.push(row);
    }
  }
  return { rows: kept, refused };
}

/** A community the file places in an area, or of a kind, other than the county has it (or an earlier row said). */
export function conflictingCommunities(rows: PlaceRow[], existing: Map<string, { area: string; kind: string }>): { rows: PlaceRow[]; refused: Refused[] } {
  const decided = new Map(existing);
  const kept: PlaceRow[] = [];
  const refused: Refused[] = [];
  for (const row of rows) {
    const known = decided.get(row.community);
    if (known && known.area !== row.area) refused.push({ line: row.line, reason: `${row.community}在“${known.area}”，这一行写的是“${row.area}”` });
    else if (known && known.kind !== row.kind) refused.push({ line: row.line, reason: `${row.community}是${known.kind === 'village' ? '村' : '社区'}，这一行写的是${row.kind === 'village' ? '村' : '社区'}` });
    else {
      decided.set(row.community, { area: row.area, kind: row.kind });
      kept.push(row);
    }
  }
  return { rows: kept, refused };
}
