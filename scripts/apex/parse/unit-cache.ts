/**
 * Converted units cached by content: in memory for the process, and on disk under
 * `node_modules/.cache/apex-runtime/` (one JSON file per unit), so a new process skips the ANTLR
 * parse, whose cold start dominates loading. The key hashes the file's path, API version and text,
 * the apex-parser version and the converter's own source files, so any change to one of them misses.
 * `APEX_PARSE_CACHE=0` turns the disk cache off.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApexUnit } from './ast';
import { decodeUnit, encodeUnit } from './unit-codec';

const FORMAT = 'apex-unit-1';
const CACHE_DIR = path.resolve(__dirname, '..', '..', '..', 'node_modules', '.cache', 'apex-runtime');
/** Entries nobody wrote for this long are removed when new ones are written. */
const MAX_AGE_MS = 14 * 24 * 3600 * 1000;

const memory = new Map<string, ApexUnit>();
let salt: string | null | undefined;

/** The parser version and the converter sources; null when they cannot be read (no caching then). */
function converterSalt(): string | null {
  if (salt !== undefined) return salt;
  try {
    const h = createHash('sha256').update(FORMAT);
    const pkg = path.join(
      path.dirname(require.resolve('@apexdevtools/apex-parser')),
      '..',
      '..',
      'package.json',
    );
    h.update(String((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version?: string }).version));
    for (const f of fs
      .readdirSync(__dirname)
      .filter((n) => n.endsWith('.ts'))
      .sort()) {
      h.update(f).update(fs.readFileSync(path.join(__dirname, f)));
    }
    salt = h.digest('hex');
  } catch {
    salt = null;
  }
  return salt;
}

function keyOf(file: string, source: string, apiVersion: number, saltValue: string): string {
  return createHash('sha256')
    .update(saltValue)
    .update('\0' + file + '\0' + String(apiVersion) + '\0')
    .update(source)
    .digest('hex');
}

function diskEnabled(): boolean {
  return process.env.APEX_PARSE_CACHE !== '0';
}

function readDisk(key: string): ApexUnit | undefined {
  try {
    return decodeUnit(fs.readFileSync(path.join(CACHE_DIR, key + '.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

function writeDisk(key: string, unit: ApexUnit): void {
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const target = path.join(CACHE_DIR, key + '.json');
    // Write then rename: a concurrent reader sees the whole file or none.
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, encodeUnit(unit));
    fs.renameSync(tmp, target);
  } catch {
    // A cache that cannot be written only costs the next process a parse.
  }
}

/** Removes entries older than MAX_AGE_MS (sources edited since leave theirs behind). */
export function pruneDiskCache(now = Date.now()): void {
  let names: string[];
  try {
    names = fs.readdirSync(CACHE_DIR);
  } catch {
    return;
  }
  for (const n of names) {
    const f = path.join(CACHE_DIR, n);
    try {
      if (now - fs.statSync(f).mtimeMs > MAX_AGE_MS) fs.rmSync(f, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

/**
 * The unit for a source text: from memory, from disk, or `convert()` (then stored). Returns whether
 * it was converted, so the caller can prune the disk cache after a load that wrote entries.
 */
export function cachedUnit(
  file: string,
  source: string,
  apiVersion: number,
  convert: () => ApexUnit,
): { unit: ApexUnit; converted: boolean } {
  const s = converterSalt();
  if (s === null) return { unit: convert(), converted: true };
  const key = keyOf(file, source, apiVersion, s);
  let unit = memory.get(key) ?? (diskEnabled() ? readDisk(key) : undefined);
  if (unit) {
    memory.set(key, unit);
    return { unit, converted: false };
  }
  unit = convert();
  memory.set(key, unit);
  if (diskEnabled()) writeDisk(key, unit);
  return { unit, converted: true };
}
