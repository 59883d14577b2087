// Generated from lwc-ts/liveperson/fieldPath/fieldPath.ts by `npm run build`; do not edit.
/**
 * LivePerson field-path resolver — the address language of the guide's Appendix #1.
 *
 * Grammar (see docs/liveperson.md, "Field paths"):
 *   path    := first ( '.' name | bracket )*
 *   first   := name | bracket
 *   bracket := '[' index ']' | '[' key '=' value ']'
 *   index   := digits            (0-based)
 *   key     := any chars but an unescaped '='/']'    (surrounding whitespace ignored)
 *   value   := any chars but an unescaped ']'         (surrounding whitespace ignored; may hold '=', '.', '[')
 * A backslash escapes the next character anywhere ('\]', '\.', '\\'). Names may not contain an
 * unescaped '.', '[' or ']'.
 *
 * Resolution never throws for data: a missing property, an index out of range, a search without a
 * match, or stepping into a scalar all yield `undefined`. A name applied to an array reads the
 * array's first element (so `SDE.customerDetails.type` works on the SDK's array of details).
 * `[key=value]` picks the first element whose `key` is a scalar whose text equals `value`
 * (numbers in plain decimal form, booleans as `true`/`false`); applied to an object it tests that
 * object itself.
 *
 * The Apex twin is `LivePersonFieldPath`; both are held to `config/vectors/field-paths.json`.
 */








/** Raised by {@link parsePath} for a malformed path; `position` is 1-based. */
export class FieldPathError extends Error {
  position;

  constructor(message, position) {
    super(message);
    this.name = 'FieldPathError';
    this.position = position;
  }
}

function isSpace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function fail(detail, index) {
  const position = index + 1;
  throw new FieldPathError(`${detail} at position ${position}`, position);
}

/**
 * Parses a field path into segments.
 * @throws FieldPathError with a message naming the 1-based position of the problem
 */
export function parsePath(path) {
  const text = typeof path === 'string' ? path : '';
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charAt(start))) start++;
  while (end > start && isSpace(text.charAt(end - 1))) end--;
  if (start === end) {
    throw new FieldPathError('Path is empty', 0);
  }
  const segments = [];
  let i = start;
  let expectName = true; // at the start or after '.'
  let first = true;
  while (i < end) {
    const c = text.charAt(i);
    if (c === '[' && (first || !expectName)) {
      const open = i;
      i++;
      let raw = '';
      let keyPart = null;
      let closed = false;
      while (i < end) {
        const ch = text.charAt(i);
        if (ch === '\\') {
          if (i + 1 >= end) fail('Dangling escape', i);
          raw += text.charAt(i + 1);
          i += 2;
          continue;
        }
        if (ch === ']') {
          closed = true;
          i++;
          break;
        }
        if (ch === '=' && keyPart === null) {
          keyPart = raw;
          raw = '';
          i++;
          continue;
        }
        raw += ch;
        i++;
      }
      if (!closed) fail("Unclosed '['", open);
      if (keyPart !== null) {
        const key = keyPart.trim();
        if (key === '') fail("Missing key before '='", open + 1);
        segments.push({ kind: 'match', key, value: raw.trim() });
      } else {
        const content = raw.trim();
        if (content === '') fail('Empty brackets', open);
        if (!/^[0-9]+$/.test(content)) {
          fail(`Invalid index '${content}': expected a number or key=value`, open + 1);
        }
        segments.push({ kind: 'index', index: parseInt(content, 10) });
      }
      first = false;
      expectName = false;
    } else if (expectName) {
      const nameStart = i;
      let name = '';
      while (i < end) {
        const ch = text.charAt(i);
        if (ch === '\\') {
          if (i + 1 >= end) fail('Dangling escape', i);
          name += text.charAt(i + 1);
          i += 2;
          continue;
        }
        if (ch === '.' || ch === '[') break;
        if (ch === ']') fail("Unexpected ']'", i);
        name += ch;
        i++;
      }
      name = name.trim();
      if (name === '') fail('Expected a field name', nameStart);
      segments.push({ kind: 'name', name });
      first = false;
      expectName = false;
    } else if (c === '.') {
      i++;
      expectName = true;
      if (i >= end) fail('Expected a field name', i);
    } else {
      fail("Expected '.' or '['", i);
    }
  }
  return segments;
}

/** Checks a path for the admin UI; never throws. */
export function validatePath(path) {
  try {
    parsePath(path);
    return { ok: true };
  } catch (e) {
    if (e instanceof FieldPathError) return { ok: false, message: e.message };
    throw e;
  }
}

function isPlainObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text of a scalar for `[key=value]` matching; `undefined` for objects, arrays and null. */
export function scalarText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Resolves already-parsed segments; never throws. */
export function resolveSegments(data, segments) {
  let cur = data;
  for (const seg of segments) {
    if (cur === undefined || cur === null) return undefined;
    if (seg.kind === 'name') {
      if (Array.isArray(cur)) cur = cur.length > 0 ? cur[0] : undefined;
      if (!isPlainObject(cur) || !Object.prototype.hasOwnProperty.call(cur, seg.name)) return undefined;
      cur = cur[seg.name];
    } else if (seg.kind === 'index') {
      if (!Array.isArray(cur) || seg.index >= cur.length) return undefined;
      cur = cur[seg.index];
    } else {
      const candidates = Array.isArray(cur) ? cur : [cur];
      let found;
      for (const el of candidates) {
        if (
        isPlainObject(el) &&
        Object.prototype.hasOwnProperty.call(el, seg.key) &&
        scalarText(el[seg.key]) === seg.value)
        {
          found = el;
          break;
        }
      }
      if (found === undefined) return undefined;
      cur = found;
    }
  }
  return cur;
}

const cache = new Map();

/**
 * Resolves `path` against `data` (a parsed JSON value or SDK object).
 * @returns the value, or `undefined` when any segment is missing (a JSON null stays null)
 * @throws FieldPathError only when the path itself is malformed
 */
export function resolvePath(data, path) {
  let segments = cache.get(path);
  if (!segments) {
    segments = parsePath(path);
    if (cache.size > 500) cache.clear();
    cache.set(path, segments);
  }
  return resolveSegments(data, segments);
}
