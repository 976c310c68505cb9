/** Backup files a user may pick: junk, any JSON, backup-shaped JSON with junk, a valid backup damaged in one place. */
import fc from 'fast-check';
import { buildBackup } from '@/lib/domain/formats/backup/backup';
import { sampleTables } from './backup-sample';

const NOW = Date.UTC(2025, 2, 13);
const VALID = JSON.parse(JSON.stringify(buildBackup(sampleTables(), NOW - 86_400_000))) as Record<string, unknown>;

/** Every path into a JSON value: ['people', 0, 'name'], … */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])),
  ];
}
const PATHS = pathsOf(VALID).filter((path) => path.length > 0);

function replaced(path: (string | number)[], junk: unknown): string {
  const copy = structuredClone(VALID);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = junk;
  return JSON.stringify(copy);
}

const validText = JSON.stringify(VALID);
export const anyBackupText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
  fc
    .record({
      format: fc.oneof(fc.constant('inroads-backup'), fc.jsonValue()),
      version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 1.5), fc.jsonValue()),
      exportedAt: fc.jsonValue(),
      people: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.jsonValue()),
      touches: fc.jsonValue(),
    })
    .map((file) => JSON.stringify(file)),
  fc.tuple(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 2 })).map(([path, junk]) => replaced(path, junk)),
  fc.constantFrom(...PATHS).map((path) => replaced(path, undefined)),
  fc.nat({ max: validText.length - 1 }).map((end) => validText.slice(0, end)),
  fc
    .constantFrom('{"id":"p1"', '"value":123', '{"format"')
    .map((anchor) =>
      validText.replace(
        anchor,
        `${anchor.startsWith('{') ? '{' : ''}"__proto__":{"polluted":"yes"},${anchor.replace(/^\{/, '')}`,
      ),
    ),
);
