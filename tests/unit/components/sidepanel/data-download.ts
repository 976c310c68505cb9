import { vi } from 'vitest';

export interface Download {
  fileName: string;
  type: string;
  text: Promise<string>;
}

/**
 * Captures downloads made through lib/platform/download.ts in jsdom (which has
 * no object URLs and does not navigate): each entry is the file's name, type
 * and text.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ fileName: this.download, type: blob.type, text: blob.text() });
  });
  return downloads;
}
