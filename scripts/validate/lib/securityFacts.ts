/**
 * The facts a security reviewer reads in docs/security.md, taken from the code so that a test can hold
 * the document to it: entry points (entryPoints.ts), where system mode is used, which classes run
 * without sharing (test classes excluded), and every Code Analyzer exception (`@SuppressWarnings` in Apex, `validate-allow` in
 * markup).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ClassDeclarationContext,
  ConstructorDeclarationContext,
  MethodDeclarationContext,
} from '@apexdevtools/apex-parser';
import { type ParsedApex, findAll, modifiersOf, sharingOf, startLine } from './apexSource';
import { isTestFile } from './entryPoints';
import { type CheckContext, listFiles } from './findings';

function qualifiedClass(node: { parentCtx: unknown }): string {
  const names: string[] = [];
  let p = node.parentCtx as { parentCtx: unknown } | undefined;
  while (p) {
    if (p instanceof ClassDeclarationContext) names.unshift(p.id().getText());
    p = (p as { parentCtx?: { parentCtx: unknown } }).parentCtx;
  }
  return names.join('.');
}

/** Lines (1-based) of code — not comments — that name `SYSTEM_MODE`. */
function systemModeLines(source: string): number[] {
  const out: number[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    const t = text.trim();
    if (t.startsWith('*') || t.startsWith('/*') || t.startsWith('//')) return;
    if (/\bSYSTEM_MODE\b/.test(text.replace(/\/\/.*$/, ''))) out.push(i + 1);
  });
  return out;
}

export interface SystemModeUse {
  /** `Class.method` (inner classes dotted; `Class.<init>` for a constructor). */
  where: string;
  file: string;
  lines: number[];
}

export function systemModeUses(parsed: ParsedApex[]): SystemModeUse[] {
  const uses = new Map<string, SystemModeUse>();
  for (const p of parsed) {
    if (isTestFile(p)) continue;
    const lines = systemModeLines(p.source);
    if (!lines.length) continue;
    const methods = [
      ...findAll(p.tree, MethodDeclarationContext).map((m) => ({ node: m, name: m.id().getText() })),
      ...findAll(p.tree, ConstructorDeclarationContext).map((c) => ({ node: c, name: '<init>' })),
    ];
    for (const line of lines) {
      const inner = methods
        .filter((m) => startLine(m.node) <= line && (m.node.stop?.line ?? 0) >= line)
        .sort((a, b) => startLine(b.node) - startLine(a.node))[0];
      const where = inner ? `${qualifiedClass(inner.node)}.${inner.name}` : path.basename(p.file, '.cls');
      const use = uses.get(where) ?? { where, file: p.file, lines: [] };
      use.lines.push(line);
      uses.set(where, use);
    }
  }
  return [...uses.values()].sort((a, b) => a.where.localeCompare(b.where));
}

/** Qualified names of the classes declared `without sharing`. */
export function withoutSharingClasses(parsed: ParsedApex[]): string[] {
  const out: string[] = [];
  for (const p of parsed) {
    if (isTestFile(p)) continue;
    for (const cls of findAll(p.tree, ClassDeclarationContext)) {
      if (sharingOf(modifiersOf(cls)) === 'without') {
        const outer = qualifiedClass(cls);
        out.push(outer ? `${outer}.${cls.id().getText()}` : cls.id().getText());
      }
    }
  }
  return out.sort();
}

export interface Exception {
  /** File name, e.g. `OAuth1Signer.cls`, `ChatLink.page`. */
  file: string;
  /** e.g. `PMD.ApexSuggestUsingNamedCred`. */
  rule: string;
}

/** Every `@SuppressWarnings('PMD.X, ...')` in Apex and `validate-allow PMD.X` marker in markup. */
export function analyzerExceptions(ctx: CheckContext): Exception[] {
  const out: Exception[] = [];
  for (const dir of ctx.packageDirs) {
    for (const file of listFiles(dir)) {
      const name = path.basename(file);
      if (/\.(cls|trigger)$/.test(file)) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/@SuppressWarnings\s*\(\s*'([^']*)'\s*\)/gi)) {
          for (const rule of m[1].split(',')) out.push({ file: name, rule: rule.trim() });
        }
      } else if (/\.(page|component|cmp|app)$/.test(file)) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(/<!--\s*validate-allow\s+(PMD\.\w+)\s*:/g))
          out.push({ file: name, rule: m[1] });
      }
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule));
}
