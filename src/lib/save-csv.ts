import { saveFile } from './save-file'

/** A CSV for the person: downloaded in H5; in WeChat sent to a chat, or copied where that is refused. */
export async function saveCsv(filename: string, csv: string): Promise<'downloaded' | 'shared' | 'copied'> {
  return (await saveFile(filename, { text: csv }, 'text/csv;charset=utf-8')) as 'downloaded' | 'shared' | 'copied'
}
