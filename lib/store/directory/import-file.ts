/**
 * Importing a picked Connections.csv: its size is checked before a byte is
 * read (a 700 MB file is refused in words, not read), then its bytes are
 * decoded in whatever encoding they are (lib/domain/formats/connections/connections-file.ts).
 */
import { connectionsFileTooLarge } from '@/lib/domain/formats/connections/connections-file';
import type { InroadsDb } from '@/lib/store/database';
import {
  importConnections,
  type ConnectionsImportResult,
  type ImportOptions,
  type ImportProgress,
} from './import-connections';

/** What is used of a File (a Blob would do). */
export interface PickedFile {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function importConnectionsFile(
  db: InroadsDb,
  file: PickedFile,
  now: number,
  onProgress?: ImportProgress,
  options?: ImportOptions,
): Promise<ConnectionsImportResult> {
  const tooLarge = connectionsFileTooLarge(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return importConnections(db, bytes, now, onProgress, options);
}
