/**
 * A picked Connections.csv as bytes → its text, or a refusal that says what
 * the file is. The size is checked first (a caller with a File checks it
 * before reading: connectionsFileTooLarge), then known non-text kinds
 * (a spreadsheet, a zip, a PDF, an image), then the encoding is found
 * (text/decode.ts). Text that had to be read as Windows-1252 comes with a
 * notice for the import summary. Errors about the whole file carry `line: 0`.
 */
import { t } from '@/lib/domain/i18n';
import { decodeText, type TextEncodingName } from '@/lib/domain/formats/text/decode';
import { sniffFileKind, type FileKind } from '@/lib/domain/formats/text/file-kind';
import { megabytesUp } from '@/lib/domain/formats/file-size';

/** 50 MB: ten times the largest real export (30,000 connections, about 5 MB). */
export const CONNECTIONS_FILE_MAX_BYTES = 50_000_000;

interface FileError {
  line: 0;
  message: string;
}

export type ConnectionsTextResult =
  | { ok: true; text: string; encoding: TextEncodingName; notice?: string }
  | { ok: false; error: FileError };

/** A refusal for a file of `size` bytes over the limit, else null (a File's size, before reading it). */
export function connectionsFileTooLarge(size: number): FileError | null {
  if (size <= CONNECTIONS_FILE_MAX_BYTES) return null;
  return {
    line: 0,
    message: t('importErrorFileTooLarge', [megabytesUp(size), CONNECTIONS_FILE_MAX_BYTES / 1_000_000]),
  };
}

function kindMessage(found: FileKind): string {
  switch (found.kind) {
    case 'spreadsheet':
      return t('importErrorSpreadsheet', found.type);
    case 'zip':
      return t('importErrorZip');
    case 'pdf':
      return t('importErrorPdf');
    case 'image':
      return t('importErrorImage', found.type);
  }
}

export function connectionsText(bytes: Uint8Array): ConnectionsTextResult {
  const tooLarge = connectionsFileTooLarge(bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const kind = sniffFileKind(bytes);
  if (kind) return { ok: false, error: { line: 0, message: kindMessage(kind) } };
  const { text, encoding } = decodeText(bytes);
  if (encoding !== 'windows-1252') return { ok: true, text, encoding };
  return { ok: true, text, encoding, notice: t('importNoticeWindows1252') };
}
