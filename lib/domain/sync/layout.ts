/**
 * Where sync keeps its files in the user's WebDAV folder. The server sees
 * these names, sizes and times only: device ids are random, batches are
 * numbered, and every file but keys.json is encrypted.
 *
 *   inroads-sync/keys.json                               salt, iterations, check value
 *   inroads-sync/devices/<device>/0000000001.bin         a device's batches, in order
 *   inroads-sync/devices/<device>/snapshot-0000000040.bin  its merged state after batch 40
 *
 * Each device writes only in its own folder. Pure.
 */
import { DEVICE_ID } from './hlc';

export const SYNC_FOLDER = 'inroads-sync/';
export const KEYS_PATH = `${SYNC_FOLDER}keys.json`;
export const DEVICES_PATH = `${SYNC_FOLDER}devices/`;

const pad = (seq: number) => String(seq).padStart(10, '0');

export const deviceFolder = (device: string) => `${DEVICES_PATH}${device}/`;
export const batchPath = (device: string, seq: number) => `${deviceFolder(device)}${pad(seq)}.bin`;
export const snapshotPath = (device: string, seq: number) => `${deviceFolder(device)}snapshot-${pad(seq)}.bin`;

export type FileName = { kind: 'batch'; seq: number } | { kind: 'snapshot'; seq: number };

/** What a file name in a device folder stands for; undefined for anything else. */
export function parseFileName(name: string): FileName | undefined {
  const match = /^(snapshot-)?(\d{10})\.bin$/.exec(name);
  if (!match) return undefined;
  const seq = Number(match[2]);
  if (seq < 1) return undefined;
  return match[1] ? { kind: 'snapshot', seq } : { kind: 'batch', seq };
}

export const isDeviceId = (name: string) => DEVICE_ID.test(name);

/**
 * The server URL as sync uses it: https, or http only to this machine
 * (Basic authentication sends the app password with every request); with a
 * trailing slash. Undefined when it is not one.
 */
export function folderUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  // Plain http only on this machine, by the names the manifest's optional permissions list.
  const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The permission pattern for a server: its origin only. */
export const originPattern = (folder: string) => `${new URL(folder).origin}/*`;
