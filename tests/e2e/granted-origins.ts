/**
 * Chromium asks the user before granting an optional host permission; a
 * browser test cannot click that dialog. Chromium does not ask again for an
 * origin the user granted once before (and the extension later gave back
 * with permissions.remove): such origins are kept in the profile's
 * preferences as runtime-granted permissions. The sync tests write that
 * record into a new profile before it starts, so the extension's own
 * permissions.request() call — from the real click on "Turn on sync" —
 * succeeds without a dialog, as it would for a user who allowed it before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's id of an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export function grantOriginsOnce(userDataDir: string, extensionDir: string, origins: string[]): void {
  const id = unpackedExtensionId(extensionDir);
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const preferences = { extensions: { settings: { [id]: { runtime_granted_permissions: { explicit_host: origins } } } } };
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
}
