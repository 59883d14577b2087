/** Reading Salesforce metadata XML (`*-meta.xml`) into plain objects. */
import * as fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
});

export type XmlNode = Record<string, unknown>;

export function readXml(file: string): XmlNode {
  return parser.parse(fs.readFileSync(file, 'utf8')) as XmlNode;
}

export function asArray<T>(v: T | T[] | undefined | null): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** Text content of a child element (`<label>x</label>` → `'x'`), undefined when absent. */
export function textOf(node: XmlNode, key: string): string | undefined {
  const v = node[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object') {
    const t = (v as XmlNode)['#text'];
    return t === undefined ? undefined : String(t);
  }
  return String(v);
}

export function flagOf(node: XmlNode, key: string): boolean {
  return textOf(node, key) === 'true';
}
