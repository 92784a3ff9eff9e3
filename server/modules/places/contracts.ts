import { z } from 'zod';
import { idField, latitude, longitude, noInput, optionalText, textField } from '../../core/fields';

/**
 * A spreadsheet: sent in the call as base64 (the local server, small files),
 * or put in WeChat cloud storage by the mini-program first (`fileId`, for
 * files past a call's 100 KB).
 */
const sheetFields = z
  .object({
    fileName: z.string().trim().min(1).max(100),
    data: z.string().max(12_000_000, { message: '文件太大了（最多 8 MB）' }).regex(/^[A-Za-z0-9+/=\s]*$/, { message: '文件内容不对，请重新选择' }).optional(),
    fileId: z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, { message: '文件没有上传成功，请重新选择' }).optional(),
  })
  .strict();

function oneFile<S extends z.AnyZodObject>(schema: S) {
  return schema.refine((f) => Boolean(f.data) !== Boolean(f.fileId), { message: '请选择要导入的表格文件', path: ['data'] });
}

export const placesInputs = {
  communities: noInput(),
  buildings: z.object({ communityId: idField() }).strict(),
  units: z.object({ buildingId: idField() }).strict(),
  households: z.object({ unitId: idField() }).strict(),
  /** What importing an address sheet would do (nothing is written). */
  importPreview: oneFile(sheetFields),
  /** Writes the previewed sheet in one transaction: `digest` from the preview; `skipRefused` imports the good rows when some are refused. */
  importCommit: oneFile(sheetFields.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/, { message: '请先预览再导入' }), skipRefused: z.boolean().default(false) })),
  /** The address sheet's template, with example rows. */
  importTemplate: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(),
  departments: noInput(),
  addDepartment: z.object({ name: textField(30, 2) }).strict(),
  /** Every community with its map point and whether it has a boundary (admins). */
  locations: noInput(),
  /** One community's point and boundary, to draw on the map (admins). */
  community: z.object({ communityId: idField() }).strict(),
  setCommunityPoint: z.object({ communityId: idField(), latitude: latitude(), longitude: longitude() }).strict(),
  /** The outline tapped on the map, point by point (it is closed for you); null removes the boundary. */
  setCommunityBoundary: z
    .object({
      communityId: idField(),
      points: z
        .array(z.object({ latitude: latitude(), longitude: longitude() }).strict())
        .min(3, { message: '边界至少要点3个点' })
        .max(200, { message: '边界最多200个点' })
        .nullable(),
    })
    .strict(),
  /** Boundaries from a GeoJSON FeatureCollection, each feature named for a community (properties.name); all or nothing. */
  importBoundaries: z
    .object({
      fileName: z.string().trim().min(1).max(100),
      data: z.string().max(12_000_000, { message: '文件太大了（最多 8 MB）' }).regex(/^[A-Za-z0-9+/=\s]*$/, { message: '文件内容不对，请重新选择' }).optional(),
      fileId: z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, { message: '文件没有上传成功，请重新选择' }).optional(),
    })
    .strict()
    .refine((f) => Boolean(f.data) !== Boolean(f.fileId), { message: '请选择边界文件', path: ['data'] }),
  /** 新时代文明实践中心、所、站 — anyone signed in may find them. */
  stations: noInput(),
  addStation: z
    .object({
      name: textField(40, 2),
      kind: z.enum(['centre', 'institute', 'station'], { message: '请选择是中心、所还是站' }),
      communityId: idField().optional(),
      address: optionalText(100),
      latitude: latitude(),
      longitude: longitude(),
    })
    .strict(),
  removeStation: z.object({ stationId: idField() }).strict(),
};

export interface CommunityLocation {
  id: string;
  name: string;
  kind: 'community' | 'village';
  areaName: string;
  latitude: number | null;
  longitude: number | null;
  hasBoundary: boolean;
}

export interface CommunityMap {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  /** the outer ring of each polygon, as map points */
  outlines: { latitude: number; longitude: number }[][];
}

export interface BoundaryImportResult {
  updated: number;
  names: string[];
}

export interface StationItem {
  id: string;
  name: string;
  kind: 'centre' | 'institute' | 'station';
  address: string;
  latitude: number;
  longitude: number;
  communityId: string | null;
  communityName: string | null;
}

export interface ImportPreview {
  digest: string;
  counts: { areas: number; communities: number; buildings: number; units: number; households: number };
  unchanged: number;
  /** Rows that will not be imported, with their line in the file and why (the first 500). */
  refused: { line: number; reason: string }[];
  refusedTotal: number;
  /** The first rows to add, as a check that the columns were read right. */
  sample: { line: number; label: string }[];
}

export interface ImportResult {
  added: { areas: number; communities: number; buildings: number; units: number; households: number };
  unchanged: number;
  skipped: number;
}

export interface TemplateFile {
  fileName: string;
  /** base64 */
  data: string;
}


export interface CommunityItem {
  id: string;
  name: string;
  kind: 'community' | 'village';
  areaName: string;
}
export interface NamedItem {
  id: string;
  name: string;
}
export interface HouseholdItem {
  id: string;
  room: string;
}
