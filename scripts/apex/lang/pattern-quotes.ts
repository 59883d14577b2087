/**
 * Quoting in Java format patterns (SimpleDateFormat, DecimalFormat): `'` opens and closes literal
 * text, and `''` stands for one quote inside or outside it (`h 'o''clock'` → `1 o'clock`).
 */

/** The literal text that starts with the quote at `from`, and the index just past it. */
export function quotedText(pattern: string, from: number): { text: string; next: number } {
  if (pattern[from + 1] === "'") return { text: "'", next: from + 2 };
  let text = '';
  let i = from + 1;
  while (i < pattern.length) {
    if (pattern[i] !== "'") text += pattern[i++];
    else if (pattern[i + 1] === "'") {
      text += "'";
      i += 2;
    } else return { text, next: i + 1 };
  }
  return { text, next: i };
}
