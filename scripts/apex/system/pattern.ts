/** `System.Pattern` and `System.Matcher` over the Java regex library (`lang/java-regex.ts`, `lang/java-matcher.ts`). */
import { compileJavaRegex, quote, type JavaPattern } from '../lang/java-regex';
import { JavaMatcher, javaMatches, javaSplit } from '../lang/java-matcher';
import type { NativeClass } from '../interp/native';
import { ApexList, NativeObject, type ApexValue } from '../interp/values';
import { arity, intArg, nullPointer, stringArg, unsupportedOverload } from './args';
import { STRING_TYPE } from './type-names';

export const PATTERN = 'System.Pattern';
export const MATCHER = 'System.Matcher';

export function patternValue(p: JavaPattern): NativeObject<JavaPattern> {
  return new NativeObject<JavaPattern>(PATTERN, p);
}

/** `group(n)` / `group('name')` / `start(n)` … take an Integer index or a group name. */
function groupRef(args: ApexValue[], method: string): number | string {
  if (args.length === 0) return 0;
  arity(method, args, 1);
  const g = args[0];
  if (g === null) throw nullPointer();
  if (typeof g === 'number' || typeof g === 'string') return g;
  throw unsupportedOverload(method, args);
}

const matcher = (self: unknown): JavaMatcher => self as JavaMatcher;

export const PatternClass: NativeClass = {
  name: 'Pattern',
  namespace: 'System',
  statics: {
    compile: (_ctx, _self, args) => {
      arity('Pattern.compile', args, 1);
      return patternValue(compileJavaRegex(stringArg(args, 0, 'Pattern.compile')));
    },
    matches: (_ctx, _self, args) => {
      arity('Pattern.matches', args, 2);
      return javaMatches(stringArg(args, 0, 'Pattern.matches'), stringArg(args, 1, 'Pattern.matches'));
    },
    quote: (_ctx, _self, args) => {
      arity('Pattern.quote', args, 1);
      return quote(stringArg(args, 0, 'Pattern.quote'));
    },
  },
  methods: {
    matcher: (_ctx, self, args) => {
      arity('Pattern.matcher', args, 1);
      return new NativeObject(
        MATCHER,
        new JavaMatcher(self as JavaPattern, stringArg(args, 0, 'Pattern.matcher')),
      );
    },
    pattern: (_ctx, self) => (self as JavaPattern).javaSource,
    split: (_ctx, self, args) => {
      arity('Pattern.split', args, 1, 2);
      const input = stringArg(args, 0, 'Pattern.split');
      const limit = args.length === 2 ? intArg(args, 1, 'Pattern.split') : 0;
      return new ApexList(STRING_TYPE, javaSplit(input, self as JavaPattern, limit));
    },
  },
};

export const MatcherClass: NativeClass = {
  name: 'Matcher',
  namespace: 'System',
  statics: {
    /** `$` and `\` made literal for a replacement string. */
    quotereplacement: (_ctx, _self, args) => {
      arity('Matcher.quoteReplacement', args, 1);
      return stringArg(args, 0, 'Matcher.quoteReplacement').replace(/[\\$]/g, (c) => '\\' + c);
    },
  },
  methods: {
    matches: (_ctx, self) => matcher(self).matches(),
    lookingat: (_ctx, self) => matcher(self).lookingAt(),
    find: (_ctx, self, args) => {
      arity('Matcher.find', args, 0, 1);
      return args.length === 0 ? matcher(self).find() : matcher(self).find(intArg(args, 0, 'Matcher.find'));
    },
    group: (_ctx, self, args) => matcher(self).group(groupRef(args, 'Matcher.group')),
    start: (_ctx, self, args) => matcher(self).start(groupRef(args, 'Matcher.start')),
    end: (_ctx, self, args) => matcher(self).end(groupRef(args, 'Matcher.end')),
    groupcount: (_ctx, self) => matcher(self).groupCount(),
    hitmatch: (_ctx, self) => matcher(self).hitMatch(),
    reset: (_ctx, self, args) => {
      arity('Matcher.reset', args, 0, 1);
      const m = matcher(self);
      m.reset(args.length === 1 ? stringArg(args, 0, 'Matcher.reset') : undefined);
      return new NativeObject(MATCHER, m);
    },
    replaceall: (_ctx, self, args) => {
      arity('Matcher.replaceAll', args, 1);
      return matcher(self).replaceAll(stringArg(args, 0, 'Matcher.replaceAll'));
    },
    replacefirst: (_ctx, self, args) => {
      arity('Matcher.replaceFirst', args, 1);
      return matcher(self).replaceFirst(stringArg(args, 0, 'Matcher.replaceFirst'));
    },
    pattern: (_ctx, self) => patternValue(matcher(self).pattern),
  },
};
