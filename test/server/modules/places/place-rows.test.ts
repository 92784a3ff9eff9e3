import { conflictingCommunities, mapHeaders, readRow, withoutRepeats, type PlaceRow } from '../../../../server/modules/places/domain/place-rows';

describe('reading a county\'s address sheet', () => {
  it('finds the columns under the headers counties write, in any order, and names the missing ones', () => {
    expect(mapHeaders(['社区（村）', '片区', '楼栋/组', '单元', '房号'])).toEqual({ at: { community: 0, area: 1, building: 2, unit: 3, room: 4 }, missing: [] });
    expect(mapHeaders([' 片 区 ', '村', '村民小组', '户主'])).toEqual({ at: { area: 0, community: 1, building: 2, room: 3 }, missing: [] });
    expect(mapHeaders(['社区', '楼号']).missing).toEqual(['area', 'room']);
  });

  it('makes a row a household, a village row without a unit too, and says why it cannot', () => {
    expect(readRow({ area: '城东片区', community: '幸福里社区', building: '1号楼', unit: '1单元', room: '101' }, 2)).toEqual({
      row: { line: 2, area: '城东片区', community: '幸福里社区', kind: 'community', building: '1号楼', unit: '1单元', room: '101' },
    });
    expect(readRow({ area: '城西片区', community: '柳树村', building: '3组', room: '张家' }, 3)).toEqual({
      row: { line: 3, area: '城西片区', community: '柳树村', kind: 'village', building: '3组', unit: '', room: '张家' },
    });
    expect(readRow({ area: '城东片区', community: '幸福里社区', building: '1号楼', room: '' }, 4)).toEqual({ refused: { line: 4, reason: '缺少房号/户' } });
    expect(readRow({ area: '城东片区', community: '幸福里\u0000社区', building: '1号楼', room: '101' }, 5)).toEqual({ refused: { line: 5, reason: '社区/村里有不能显示的字符' } });
    expect(readRow({ area: '城东片区', community: '幸福里社区', kind: '街道', building: '1号楼', room: '101' }, 6)).toEqual({ refused: { line: 6, reason: '类型写“社区”或“村”，不认识“街道”' } });
    expect(readRow({ area: '城东片区', community: '幸'.repeat(31), building: '1号楼', room: '101' }, 7)).toEqual({ refused: { line: 7, reason: '社区/村太长了（最多30个字）' } });
  });

  const row = (line: number, over: Partial<PlaceRow> = {}): PlaceRow => ({ line, area: '城东片区', community: '幸福里社区', kind: 'community', building: '1号楼', unit: '1单元', room: '101', ...over });

  it('refuses a household the file names twice, pointing at the first', () => {
    const { rows, refused } = withoutRepeats([row(2), row(3, { room: '102' }), row(4)]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(refused).toEqual([{ line: 4, reason: '和第2行是同一户' }]);
  });

  it('refuses a community placed in another area or of another kind than the county (or an earlier row) has it', () => {
    const existing = new Map([['幸福里社区', { area: '城东片区', kind: 'community' }]]);
    const { rows, refused } = conflictingCommunities([row(2, { area: '城西片区' }), row(3), row(4, { community: '新村', kind: 'village' }), row(5, { community: '新村', kind: 'community', area: '城东片区' })], existing);
    expect(rows.map((r) => r.line)).toEqual([3, 4]);
    expect(refused).toEqual([
      { line: 2, reason: '幸福里社区在“城东片区”，这一行写的是“城西片区”' },
      { line: 5, reason: '新村是村，这一行写的是社区' },
    ]);
  });
});
