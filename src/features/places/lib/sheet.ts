/**
 * The address sheet a county admin picks: in H5 a file from the computer; in
 * WeChat a file from a chat (how a phone receives a spreadsheet), which the
 * mini-program puts in cloud storage first, since a cloud function call
 * carries at most 100 KB.
 */
import Taro from '@tarojs/taro'
import { apiMode, CloudError } from '../../../lib/cloud'
import { readBlob, readPhoneFile } from '../../../lib/files'
import { uuid } from '../../../lib/uuid'
import type { SheetRef } from '../api/types'

const isH5 = process.env.TARO_ENV === 'h5'
const MAX_BYTES = 8 * 1024 * 1024
export const SHEET_EXTENSIONS = ['xlsx', 'csv']
export const SHEET_TOO_BIG = '表格太大了（最多 8 MB），请分成几个文件导入'
export const NOT_A_SHEET = '请选择 .xlsx 或 .csv 格式的表格（Excel 里“另存为”可以选这两种格式）'
const UNREADABLE = '这个文件读不出来，请重新选择'

export interface PickedSheet {
  name: string
  size: number
  /** weapp: the temp path of the file picked from a chat */
  path?: string
  /** H5: the file itself */
  file?: Blob
}

function extensionOf(name: string): string {
  return (name.split('.').pop() ?? '').toLowerCase()
}

/** A map's boundaries, as GIS software exports them. */
export const GEOJSON_EXTENSIONS = ['geojson', 'json']
export const NOT_GEOJSON = '请选择 .geojson 或 .json 格式的边界文件（地图软件“导出为 GeoJSON”）'

/** Why this file cannot be imported, or '' when it may be. */
export function sheetProblem(sheet: PickedSheet, extensions = SHEET_EXTENSIONS, wrongKind = NOT_A_SHEET): string {
  if (!extensions.includes(extensionOf(sheet.name))) return wrongKind
  if (sheet.size > MAX_BYTES) return SHEET_TOO_BIG
  return ''
}

/** H5: the file an <input type=file> gave. */
export function sheetFromFile(file: File): PickedSheet {
  return { name: file.name, size: file.size, file }
}

/** WeChat: a spreadsheet (or another file of `extensions`) from a chat (文件传输助手 or the one a colleague sent). Cancelling resolves to null. */
export async function chooseSheetFromChat(extensions = SHEET_EXTENSIONS): Promise<PickedSheet | null> {
  try {
    const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
    const f = res.tempFiles?.[0]
    return f ? { name: f.name, size: f.size, path: f.path } : null
  } catch {
    return null
  }
}

/** What the server is sent for this sheet: its bytes, or (WeChat cloud) the cloud file it was put in. Done once per pick: the preview and the import read the same file. */
export async function sheetRef(sheet: PickedSheet): Promise<SheetRef> {
  if (isH5) return { fileName: sheet.name, data: await readBlob(sheet.file!, UNREADABLE) }
  if (apiMode() !== 'cloud') return { fileName: sheet.name, data: await readPhoneFile(sheet.path!, UNREADABLE) }
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `imports/${uuid()}.${extensionOf(sheet.name)}`, filePath: sheet.path! })
    return { fileName: sheet.name, fileId: res.fileID }
  } catch {
    throw new CloudError('NETWORK', '表格没有上传成功，请检查网络后重新选择')
  }
}
