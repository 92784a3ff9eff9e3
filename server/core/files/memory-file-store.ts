import type { FileStore } from './port';

/**
 * Keeps photos in memory: for tests and benchmarks, where nothing should touch
 * the disk. `incoming` stands for files the mini-program put in cloud storage itself.
 */
export function memoryFileStore(): FileStore & { files: Map<string, Buffer>; incoming: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  const incoming = new Map<string, Buffer>();
  return {
    files,
    incoming,
    async save({ name, bytes }) {
      if (files.has(name)) throw new Error(`memory file store: ${name} exists`);
      files.set(name, bytes);
      return `/files/${name}`;
    },
    async remove(ref) {
      files.delete(ref.replace(/^\/files\//, ''));
    },
    async readIncoming(ref) {
      const bytes = incoming.get(ref);
      if (!bytes) throw new Error(`memory file store: no incoming ${ref}`);
      return bytes;
    },
    async removeIncoming(ref) {
      incoming.delete(ref);
    },
  };
}
