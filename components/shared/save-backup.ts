import { getDb } from '@/lib/store';
import { exportBackup } from '@/lib/store/backup/backup-io';
import { backupFileName } from '@/lib/domain/formats';
import { downloadText, MIME } from '@/lib/platform/download';

/** Builds the JSON backup of everything and hands it to the browser as a download; returns the file name. */
export async function saveBackupNow(): Promise<string> {
  const now = Date.now();
  const text = await exportBackup(getDb(), now);
  const fileName = backupFileName(now);
  downloadText(text, fileName, MIME.json);
  return fileName;
}
