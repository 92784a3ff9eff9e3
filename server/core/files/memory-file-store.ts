import type { FileStore } from './port';

/** Keeps photos in memory: for tests and benchmarks, where nothing should touch the disk. */
export function memoryFileStore(): FileStore & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  return {
    files,
    async save({ name, bytes }) {
      if (files.has(name)) throw new Error(`memory file store: ${name} exists`);
      files.set(name, bytes);
      return `/files/${name}`;
    },
  };
}
