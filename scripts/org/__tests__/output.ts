/** Script output for the org scripts' tests. */
import type { Output } from '../lib/cli';

/** An Output that keeps every line printed (info and error alike) in `lines`. */
export function capturedOutput(): Output & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), error: (l) => lines.push(l) };
}

/** An Output that prints nothing. */
export const SILENT: Output = { info: () => {}, error: () => {} };
