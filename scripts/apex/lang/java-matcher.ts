/** java.util.regex.Matcher semantics over a compiled {@link JavaPattern}, plus Java's replaceAll and split. */
import { ApexError } from './errors';
import { compileJavaRegex, type JavaPattern } from './java-regex';

interface MatchState {
  start: number;
  end: number;
  groups: (string | undefined)[];
  indices: ([number, number] | undefined)[];
  named: Record<string, string | undefined>;
  namedIndices: Record<string, [number, number] | undefined>;
}

function noMatch(): ApexError {
  return new ApexError('System.StringException', 'No match found');
}

/** A Matcher: `find`, `matches`, `lookingAt`, then `group`/`start`/`end` of the last successful match. */
export class JavaMatcher {
  private readonly anywhere: RegExp;
  private readonly whole: RegExp;
  private readonly prefix: RegExp;
  private last: MatchState | null = null;
  /** Where the next `find()` starts (Java: after the last match, one further if it was empty). */
  private nextFrom = 0;

  constructor(
    readonly pattern: JavaPattern,
    public input: string,
  ) {
    this.anywhere = new RegExp(pattern.source, pattern.flags + 'gd');
    this.whole = new RegExp(`(?:${pattern.source})(?![\\s\\S])`, pattern.flags + 'yd');
    this.prefix = new RegExp(`(?:${pattern.source})`, pattern.flags + 'yd');
  }

  static of(javaRegex: string, input: string): JavaMatcher {
    return new JavaMatcher(compileJavaRegex(javaRegex), input);
  }

  private record(m: RegExpExecArray | null): boolean {
    if (!m) {
      this.last = null;
      return false;
    }
    const indices = m.indices ?? [];
    this.last = {
      start: m.index,
      end: m.index + m[0].length,
      groups: [...m],
      indices: [...indices],
      named: { ...(m.groups ?? {}) },
      namedIndices: { ...(indices.groups ?? {}) },
    };
    this.nextFrom = this.last.end === this.last.start ? this.last.end + 1 : this.last.end;
    return true;
  }

  /** The whole input must match. */
  matches(): boolean {
    this.whole.lastIndex = 0;
    return this.record(this.whole.exec(this.input));
  }

  /** A match must start at the beginning of the input. */
  lookingAt(): boolean {
    this.prefix.lastIndex = 0;
    return this.record(this.prefix.exec(this.input));
  }

  /** The next match after the previous one; `find(from)` resets and searches from `from`. */
  find(from?: number): boolean {
    if (from !== undefined) {
      if (from < 0 || from > this.input.length) {
        throw new ApexError('System.StringException', `Illegal start index`);
      }
      this.reset();
      this.nextFrom = from;
    }
    if (this.nextFrom > this.input.length) {
      this.last = null;
      return false;
    }
    this.anywhere.lastIndex = this.nextFrom;
    return this.record(this.anywhere.exec(this.input));
  }

  reset(input?: string): this {
    if (input !== undefined) this.input = input;
    this.last = null;
    this.nextFrom = 0;
    return this;
  }

  hitMatch(): boolean {
    return this.last !== null;
  }

  groupCount(): number {
    return this.pattern.groupCount;
  }

  private state(): MatchState {
    if (!this.last) throw noMatch();
    return this.last;
  }

  private groupNumber(group: number): number {
    if (group < 0 || group > this.pattern.groupCount) {
      throw new ApexError('System.StringException', `No group ${group}`);
    }
    return group;
  }

  private checkName(name: string): string {
    if (!this.pattern.groupNames.includes(name)) {
      throw new ApexError('System.IllegalArgumentException', `No group with name <${name}>`);
    }
    return name;
  }

  /** `group()`, `group(n)`, `group(name)`: null for a group that did not take part. */
  group(group: number | string = 0): string | null {
    const m = this.state();
    if (typeof group === 'string') return m.named[this.checkName(group)] ?? null;
    return m.groups[this.groupNumber(group)] ?? null;
  }

  private span(group: number | string): [number, number] | undefined {
    const m = this.state();
    if (typeof group === 'string') return m.namedIndices[this.checkName(group)];
    return m.indices[this.groupNumber(group)];
  }

  /** Start of the match or group; -1 for a group that did not take part. */
  start(group: number | string = 0): number {
    return this.span(group)?.[0] ?? -1;
  }

  end(group: number | string = 0): number {
    return this.span(group)?.[1] ?? -1;
  }

  /** Java `replaceAll` / `replaceFirst` with `$n`, `${name}` and `\x` in the replacement. */
  replace(replacement: string, firstOnly: boolean): string {
    this.reset();
    let out = '';
    let copied = 0;
    while (this.find()) {
      out += this.input.slice(copied, this.start()) + this.expand(replacement);
      copied = this.end();
      if (firstOnly) break;
    }
    return out + this.input.slice(copied);
  }

  replaceAll(replacement: string): string {
    return this.replace(replacement, false);
  }

  replaceFirst(replacement: string): string {
    return this.replace(replacement, true);
  }

  private expand(replacement: string): string {
    let out = '';
    for (let i = 0; i < replacement.length; i++) {
      const ch = replacement[i];
      if (ch === '\\') {
        i++;
        if (i >= replacement.length) {
          throw new ApexError('System.StringException', 'character to be escaped is missing');
        }
        out += replacement[i];
      } else if (ch === '$') {
        i++;
        if (i >= replacement.length) {
          throw new ApexError('System.StringException', 'Illegal group reference: group index is missing');
        }
        if (replacement[i] === '{') {
          const end = replacement.indexOf('}', i);
          const name = replacement.slice(i + 1, end);
          if (end < 0 || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) {
            throw new ApexError('System.StringException', "named capturing group is missing trailing '}'");
          }
          out += this.group(name) ?? '';
          i = end;
          continue;
        }
        if (!/[0-9]/.test(replacement[i]))
          throw new ApexError('System.StringException', 'Illegal group reference');
        let n = Number(replacement[i]);
        if (n > this.pattern.groupCount) throw new ApexError('System.StringException', `No group ${n}`);
        while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1])) {
          const longer = n * 10 + Number(replacement[i + 1]);
          if (longer > this.pattern.groupCount) break;
          n = longer;
          i++;
        }
        out += this.group(n) ?? '';
      } else {
        out += ch;
      }
    }
    return out;
  }
}

/** `String.matches(regex)` / `Pattern.matches(regex, input)`: the whole input. */
export function javaMatches(regex: string, input: string): boolean {
  return JavaMatcher.of(regex, input).matches();
}

export function javaReplaceAll(input: string, regex: string, replacement: string): string {
  return JavaMatcher.of(regex, input).replaceAll(replacement);
}

export function javaReplaceFirst(input: string, regex: string, replacement: string): string {
  return JavaMatcher.of(regex, input).replaceFirst(replacement);
}

/**
 * Java `String.split(regex, limit)`: a zero-width match at index 0 adds no leading empty string;
 * limit > 0 caps the number of pieces; limit 0 drops trailing empty strings; limit < 0 keeps them.
 */
export function javaSplit(input: string, regex: string | JavaPattern, limit = 0): string[] {
  const pattern = typeof regex === 'string' ? compileJavaRegex(regex) : regex;
  const m = new JavaMatcher(pattern, input);
  const parts: string[] = [];
  let index = 0;
  while (m.find()) {
    if (limit > 0 && parts.length >= limit - 1) break;
    if (index === 0 && m.start() === 0 && m.end() === 0) continue;
    parts.push(input.slice(index, m.start()));
    index = m.end();
  }
  if (index === 0 && parts.length === 0) return [input];
  parts.push(input.slice(index));
  if (limit === 0) while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
