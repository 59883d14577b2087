import { parsePath, resolvePath, validatePath, FieldPathError } from 'c/fieldPath';
import vectors from '../../../../config/vectors/field-paths.json';

type ResolveCase = { name: string; doc: string; path: string; expected?: unknown; missing?: boolean };
type ParseCase = { path: string; segments: unknown[] };
type MalformedCase = { path: string; message: string };

const documents = vectors.documents as Record<string, unknown>;
const resolveCases = vectors.resolve as ResolveCase[];
const parseCases = vectors.parse as ParseCase[];
const malformedCases = vectors.malformed as MalformedCase[];

describe('field-path contract vectors', () => {
  it('has cases of every kind', () => {
    expect(resolveCases.length).toBeGreaterThan(40);
    expect(parseCases.length).toBeGreaterThan(5);
    expect(malformedCases.length).toBeGreaterThan(10);
  });

  it.each(resolveCases.map((c) => [c.name, c] as const))('resolves: %s', (_name, c) => {
    expect(Object.prototype.hasOwnProperty.call(documents, c.doc)).toBe(true);
    const actual = resolvePath(documents[c.doc], c.path);
    expect(actual).toEqual(c.missing ? undefined : c.expected);
  });

  it.each(parseCases.map((c) => [c.path, c] as const))('parses: %s', (_path, c) => {
    expect(parsePath(c.path)).toEqual(c.segments);
  });

  it.each(malformedCases.map((c) => [c.path, c] as const))('rejects: "%s"', (_path, c) => {
    expect(() => parsePath(c.path)).toThrow(FieldPathError);
    expect(() => parsePath(c.path)).toThrow(c.message);
    expect(validatePath(c.path)).toEqual({ ok: false, message: c.message });
    expect(() => resolvePath({}, c.path)).toThrow(FieldPathError);
  });
});

describe('fieldPath module', () => {
  it('validates good paths', () => {
    expect(validatePath('info.startTime')).toEqual({ ok: true });
  });

  it('reports the 1-based position on the error', () => {
    const error = (() => {
      try {
        parsePath('a[');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FieldPathError);
    expect((error as FieldPathError).position).toBe(2);
  });

  it('treats a non-string path as empty', () => {
    expect(validatePath(undefined as unknown as string)).toEqual({ ok: false, message: 'Path is empty' });
  });

  it('returns undefined for undefined and null data', () => {
    expect(resolvePath(undefined, 'a')).toBeUndefined();
    expect(resolvePath(null, 'a.b')).toBeUndefined();
  });

  it('does not read inherited properties', () => {
    expect(resolvePath({}, 'toString')).toBeUndefined();
    expect(resolvePath({ a: [] }, 'a.length')).toBeUndefined();
  });
});
