/**
 * The entry points of our Apex — where a user, the platform or another org's code can start a
 * transaction — read from the parse tree, and the classes each one can reach.
 *
 * Used by the Graph Engine check (which proves each entry point and caches the proof by the content of
 * the classes it reaches) and by the test that holds docs/security.md to the code.
 *
 * An entry point is: an `@AuraEnabled`, `@InvocableMethod`, `@RemoteAction` or `global` method; an
 * `@AuraEnabled` property with a getter or setter body; `execute`/`start`/`finish` of a Queueable,
 * Schedulable, Batchable or Finalizer; a public method of a Visualforce page's controller or extension.
 * `@IsTest` classes have none. An `@AuraEnabled` auto-property (`{ get; set; }`) is listed with
 * `hasCode: false`: it runs no code of ours.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ClassBodyDeclarationContext,
  ClassDeclarationContext,
  MethodDeclarationContext,
  PropertyDeclarationContext,
  TypeDeclarationContext,
  type ApexParserRuleContext as ParserRuleContext,
} from '@apexdevtools/apex-parser';
import { type ParsedApex, annotationNames, findAll, modifiersOf, sharingOf, startLine } from './apexSource';
import { type CheckContext, listFiles } from './findings';

export type Sharing = 'with' | 'without' | 'inherited' | 'none';

export type EntryKind =
  | 'AuraEnabled'
  | 'InvocableMethod'
  | 'RemoteAction'
  | 'global'
  | 'Queueable'
  | 'Schedulable'
  | 'Batchable'
  | 'Finalizer'
  | 'Visualforce';

export interface EntryPoint {
  /** `Outer` or `Outer.Inner`, as Graph Engine names it. */
  className: string;
  /** The top-level class (the file's class). */
  topClass: string;
  method: string;
  file: string;
  /** First and last line of the declaration (annotations included). */
  line: number;
  endLine: number;
  kinds: EntryKind[];
  /** Sharing keyword of the declaring class (an inner class without one runs with its caller's). */
  sharing: Sharing;
  /** False for an auto-property: no code of ours runs. */
  hasCode: boolean;
}

export function entryId(e: EntryPoint): string {
  return `${e.className}.${e.method}`;
}

/** Interfaces whose methods the platform calls, and those methods. */
const PLATFORM_INTERFACES: Record<string, { kind: EntryKind; methods: string[] }> = {
  queueable: { kind: 'Queueable', methods: ['execute'] },
  schedulable: { kind: 'Schedulable', methods: ['execute'] },
  batchable: { kind: 'Batchable', methods: ['start', 'execute', 'finish'] },
  finalizer: { kind: 'Finalizer', methods: ['execute'] },
};

function endLine(ctx: ParserRuleContext): number {
  return ctx.stop?.line ?? startLine(ctx);
}

function qualifiedName(cls: ClassDeclarationContext): string {
  const names = [cls.id().getText()];
  let p = cls.parentCtx;
  while (p) {
    if (p instanceof ClassDeclarationContext) names.unshift(p.id().getText());
    p = p.parentCtx;
  }
  return names.join('.');
}

function isTestClass(cls: ClassDeclarationContext): boolean {
  return annotationNames(modifiersOf(cls)).includes('istest');
}

function platformKinds(cls: ClassDeclarationContext): { kind: EntryKind; methods: string[] }[] {
  const list = cls.typeList();
  if (!list) return [];
  return list
    .getText()
    .split(',')
    .map((t) => t.replace(/<.*$/, '').split('.').pop()!.toLowerCase())
    .map((t) => PLATFORM_INTERFACES[t])
    .filter((k) => !!k);
}

/** Lower-case names of the classes a Visualforce page or component uses as controller or extension. */
export function visualforceControllers(ctx: CheckContext): Set<string> {
  const names = new Set<string>();
  for (const dir of ctx.packageDirs) {
    for (const file of listFiles(dir).filter((f) => /\.(page|component)$/.test(f))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(controller|extensions)\s*=\s*"([^"]+)"/g)) {
        for (const n of m[2].split(',')) names.add(n.trim().toLowerCase());
      }
    }
  }
  return names;
}

/** True for a file whose top-level class is `@IsTest` (it never runs in production). */
export function isTestFile(p: ParsedApex): boolean {
  const top = findAll(p.tree, ClassDeclarationContext).find(
    (c) => c.parentCtx instanceof TypeDeclarationContext,
  );
  return !!top && isTestClass(top);
}

/** Every entry point of the parsed Apex, in file and line order. */
export function listEntryPoints(parsed: ParsedApex[], vfControllers: Set<string>): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const p of parsed) {
    if (p.syntaxErrors.length) continue;
    const classes = findAll(p.tree, ClassDeclarationContext);
    const top = classes.find((c) => c.parentCtx instanceof TypeDeclarationContext);
    if (!top || isTestClass(top)) continue;
    const topClass = top.id().getText();
    for (const cls of classes) {
      const className = qualifiedName(cls);
      const sharing: Sharing = sharingOf(modifiersOf(cls)) ?? 'none';
      const platform = platformKinds(cls);
      const isVf = cls === top && vfControllers.has(topClass.toLowerCase());
      for (const decl of cls.classBody().classBodyDeclaration_list()) {
        if (!(decl instanceof ClassBodyDeclarationContext)) continue;
        const member = decl.memberDeclaration();
        const method = member?.methodDeclaration();
        const property = member?.propertyDeclaration();
        if (!method && !property) continue;
        const mods = decl.modifier_list();
        const annotations = annotationNames(mods);
        const words = mods.map((m) => m.getText().toLowerCase());
        const name = (method ?? property)!.id().getText();
        const kinds: EntryKind[] = [];
        if (annotations.includes('auraenabled')) kinds.push('AuraEnabled');
        if (annotations.includes('invocablemethod')) kinds.push('InvocableMethod');
        if (annotations.includes('remoteaction')) kinds.push('RemoteAction');
        if (words.includes('global')) kinds.push('global');
        if (method) {
          for (const k of platform) if (k.methods.includes(name.toLowerCase())) kinds.push(k.kind);
          if (isVf && (words.includes('public') || words.includes('global'))) kinds.push('Visualforce');
        }
        if (kinds.length === 0) continue;
        out.push({
          className,
          topClass,
          method: name,
          file: p.file,
          line: startLine(decl),
          endLine: endLine(decl),
          kinds,
          sharing,
          hasCode: method ? hasBody(method) : hasAccessorBody(property!),
        });
      }
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function hasBody(method: MethodDeclarationContext): boolean {
  return !!method.block();
}

function hasAccessorBody(property: PropertyDeclarationContext): boolean {
  return property.propertyBlock_list().some((b) => !!(b.getter()?.block() || b.setter()?.block()));
}

/** Top-level class name (lower case) -> its file and the top-level classes its source names. */
export interface ClassGraph {
  files: Map<string, string>;
  refs: Map<string, Set<string>>;
}

export function classGraph(parsed: ParsedApex[]): ClassGraph {
  const files = new Map<string, string>();
  for (const p of parsed) {
    if (!p.file.endsWith('.cls')) continue;
    files.set(path.basename(p.file, '.cls').toLowerCase(), p.file);
  }
  const refs = new Map<string, Set<string>>();
  for (const p of parsed) {
    if (!p.file.endsWith('.cls')) continue;
    const own = path.basename(p.file, '.cls').toLowerCase();
    const names = new Set<string>();
    for (const m of p.source.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
      const n = m[0].toLowerCase();
      if (n !== own && files.has(n)) names.add(n);
    }
    refs.set(own, names);
  }
  return { files, refs };
}

/**
 * Files of the classes reachable from `topClass` by name (itself included). Over-approximates: a name
 * in a comment or string counts too, so a change that could alter a proof always changes this set's
 * content.
 */
export function reachableFiles(graph: ClassGraph, topClass: string): string[] {
  const seen = new Set<string>();
  const todo = [topClass.toLowerCase()];
  while (todo.length) {
    const n = todo.pop()!;
    if (seen.has(n) || !graph.files.has(n)) continue;
    seen.add(n);
    for (const r of graph.refs.get(n) ?? []) todo.push(r);
  }
  return [...seen].map((n) => graph.files.get(n)!).sort();
}
