/** SOQL LIKE: `%` any run, `_` one character, escaped wildcards literal, case-insensitive, whole value. */
import { ESCAPED_PERCENT, ESCAPED_UNDERSCORE } from './soql-string';

export function likeMatcher(pattern: string): (value: string) => boolean {
  let source = '';
  for (const c of pattern) {
    if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else {
      const literal = c === ESCAPED_PERCENT ? '%' : c === ESCAPED_UNDERSCORE ? '_' : c;
      source += literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  const re = new RegExp(`^${source}$`, 'iu');
  return (value) => re.test(value);
}
