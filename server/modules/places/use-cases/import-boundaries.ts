import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { BoundaryImportResult } from '../contracts';
import { boxOf, middleOf, readBoundary, type Boundary } from '../domain/geo';
import { communityLocations, setCommunityBoundary } from '../repo';
import { assertPlacesAdmin, dropUploadedFile, sheetBytes } from '../sheet-source';

/** The property a feature names its community by, in the spellings GIS exports use. */
const NAME_KEYS = ['name', 'NAME', 'Name', '名称', '社区', '村', '社区名称', '村名'];

function featureName(properties: unknown): string {
  const p = (properties ?? {}) as Record<string, unknown>;
  for (const key of NAME_KEYS) if (typeof p[key] === 'string' && p[key]) return (p[key] as string).replace(/\s+/g, '');
  return '';
}

function parse(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw fail.validation('这个文件不是 GeoJSON', [{ field: 'data', message: '请选择 .geojson 或 .json 文件（从地图软件导出为 GeoJSON）' }]);
  }
}

/**
 * Community boundaries from a GeoJSON FeatureCollection (as QGIS, 天地图 or
 * a surveyor exports them), each feature named for a community of the
 * county. Every feature is checked first; one that names no community, a
 * community twice, or has no usable polygon refuses the file with all the
 * reasons, and nothing is written.
 */
export async function importBoundaries(ctx: UseCaseContext, input: { fileName: string; data?: string; fileId?: string }): Promise<BoundaryImportResult> {
  assertPlacesAdmin(ctx);
  if (!/\.(geo)?json$/i.test(input.fileName)) throw fail.validation('只能导入 .geojson 或 .json 文件', [{ field: 'fileName', message: '请从地图软件导出为 GeoJSON' }]);
  const doc = parse(await sheetBytes(ctx, input)) as { type?: unknown; features?: unknown };
  const features = doc?.type === 'FeatureCollection' && Array.isArray(doc.features) ? (doc.features as { geometry?: unknown; properties?: unknown }[]) : doc?.type === 'Feature' ? [doc as { geometry?: unknown; properties?: unknown }] : [];
  if (features.length === 0) throw fail.validation('文件里没有边界', [{ field: 'data', message: '要是 GeoJSON 的 FeatureCollection，每个 Feature 一个社区（村）' }]);

  const byName = new Map((await communityLocations(ctx.db, ctx.actor.countyId)).map((c) => [c.name, c.id]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const writes: { communityId: string; name: string; geometry: Boundary }[] = [];
  features.forEach((f, i) => {
    const name = featureName(f?.properties);
    const label = name ? `第${i + 1}个（${name}）` : `第${i + 1}个`;
    if (!name) return void problems.push(`${label}：没有写社区（村）名称（properties.name）`);
    const communityId = byName.get(name);
    if (!communityId) return void problems.push(`${label}：县里没有叫“${name}”的社区（村）`);
    if (seen.has(name)) return void problems.push(`${label}：${name}出现了两次`);
    seen.add(name);
    const { boundary, problem } = readBoundary(f?.geometry);
    if (!boundary) return void problems.push(`${label}：${problem}`);
    writes.push({ communityId, name, geometry: boundary });
  });
  if (problems.length) {
    throw fail.validation(`有 ${problems.length} 个边界不能导入，改好后再导入`, problems.slice(0, 50).map((message) => ({ field: 'data', message })));
  }
  for (const w of writes) {
    await setCommunityBoundary(ctx.db, ctx.actor.countyId, w.communityId, { geometry: w.geometry, box: boxOf(w.geometry), middle: middleOf(w.geometry) });
  }
  const names = writes.map((w) => w.name);
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'places.importBoundaries', subjectType: 'county', subjectId: ctx.actor.countyId, data: { fileName: input.fileName, names }, at: ctx.now });
  await dropUploadedFile(ctx, input);
  return { updated: writes.length, names };
}
