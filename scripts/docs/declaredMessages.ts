/**
 * The user-facing messages our Apex declares as constants (`MSG_*` / `MESSAGE_*` holding a sentence), so a
 * test can hold docs/troubleshooting.md to list each of them word for word.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DeclaredMessage {
  file: string;
  name: string;
  text: string;
}

const CONSTANT = /static\s+final\s+String\s+((?:MSG|MESSAGE)_[A-Z0-9_]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*;/g;

function apexFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...apexFiles(p));
    else if (entry.name.endsWith('.cls')) out.push(p);
  }
  return out;
}

/** Every message constant of the Apex under `force-app/main`; a value without a space (a name, a key) is not a message. */
export function declaredMessages(root: string): DeclaredMessage[] {
  const out: DeclaredMessage[] = [];
  for (const file of apexFiles(path.join(root, 'force-app/main')).sort()) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(CONSTANT)) {
      const text = m[2]!.replace(/\\(.)/g, '$1');
      if (text.includes(' ')) out.push({ file: path.relative(root, file), name: m[1]!, text });
    }
  }
  return out;
}

/** Markdown as plain text for a verbatim search: code marks dropped, runs of white space made one space. */
export function plainText(markdown: string): string {
  return markdown.replace(/`/g, '').replace(/\\\|/g, '|').replace(/\s+/g, ' ');
}
