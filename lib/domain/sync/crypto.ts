/**
 * End-to-end encryption for sync, with WebCrypto (every context has it):
 * PBKDF2-SHA-256 turns the sync passphrase and a random salt into an
 * AES-GCM-256 key that cannot be exported; every file is sealed with a fresh
 * random 12-byte IV, and authenticated together with the name it is stored
 * under (so a file moved to another name fails to open).
 *
 * keys.json, the only plain file on the server, holds the salt, the
 * iteration count and a check value (a known text sealed with the key): a
 * second device derives the key from the passphrase it is given and opens
 * the check value, or learns the passphrase is wrong before writing anything.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const KDF_ITERATIONS = 600_000;
/** Fewest iterations a keys.json may ask for (a weaker file is refused). */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
const CHECK_TEXT = 'inroads-sync-check-v1';
const IV_BYTES = 12;

export const KEYS_FORMAT = 'inroads-sync-keys';

export interface KeysFile {
  format: typeof KEYS_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** CHECK_TEXT sealed with the key (base64 of IV and ciphertext). */
  check: string;
}

const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** IV followed by the AES-GCM ciphertext (with its tag), authenticated with `context`. */
export async function seal(key: CryptoKey, plain: Uint8Array, context: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    plain as BufferSource,
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return out;
}

/** The plain bytes, or undefined when the key (or the context) is not the one it was sealed with. */
export async function unseal(key: CryptoKey, sealed: Uint8Array, context: string): Promise<Uint8Array | undefined> {
  if (sealed.byteLength < IV_BYTES + 16) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as BufferSource, additionalData: encoder.encode(context) },
      key,
      sealed.subarray(IV_BYTES) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

/** A new keys.json for a passphrase, and the key it gives. */
export async function newKeysFile(passphrase: string): Promise<{ file: KeysFile; key: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  const check = await seal(key, encoder.encode(CHECK_TEXT), KEYS_FORMAT);
  const file: KeysFile = {
    format: KEYS_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS, salt: toBase64(salt) },
    check: toBase64(check),
  };
  return { file, key };
}

/** keys.json as read from the server, or undefined when it is not one. */
export function parseKeysFile(text: string): KeysFile | undefined {
  try {
    const file = JSON.parse(text) as KeysFile;
    const { kdf } = file;
    const valid =
      file.format === KEYS_FORMAT &&
      file.version === 1 &&
      kdf?.name === 'PBKDF2' &&
      kdf.hash === 'SHA-256' &&
      Number.isInteger(kdf.iterations) &&
      kdf.iterations >= MIN_ITERATIONS &&
      kdf.iterations <= MAX_ITERATIONS &&
      typeof kdf.salt === 'string' &&
      fromBase64(kdf.salt).byteLength >= 16 &&
      typeof file.check === 'string';
    return valid ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The key, when the passphrase is the one keys.json was made with; else undefined. */
export async function unlockKeysFile(file: KeysFile, passphrase: string): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
  const check = await unseal(key, fromBase64(file.check), KEYS_FORMAT);
  return check && new TextDecoder().decode(check) === CHECK_TEXT ? key : undefined;
}

/** A short public name for the server's key set (its salt): a different one means the folder was started afresh. */
export const keysId = (file: KeysFile) => file.kdf.salt;
