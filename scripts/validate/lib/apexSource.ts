/**
 * Checks of our own over the Apex source, on the parse tree of `@apexdevtools/apex-parser`:
 *
 * - `apex-syntax`: every `.cls`/`.trigger` parses (lexer and parser errors, with line).
 * - `apex-sharing`: every top-level class that is not `@IsTest` declares `with sharing`,
 *   `without sharing` or `inherited sharing`; an inner class that runs SOQL/SOSL/DML declares one too;
 *   `without sharing` only on an inner class with a comment right above it (the documented reason).
 * - `apex-suppression`: every `@SuppressWarnings(...)` carries a `//` reason on its line or right above.
 * - `soql-field`: inline SOQL names only objects and `__c` fields that exist in our metadata
 *   (apex-ls does not check SOQL; see docs/validation.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ApexErrorListener,
  ApexParserFactory,
  ClassDeclarationContext,
  DeleteStatementContext,
  FieldNameContext,
  FromNameListContext,
  InsertStatementContext,
  MergeStatementContext,
  QueryContext,
  SoqlLiteralContext,
  SoslLiteralAltContext,
  SoslLiteralContext,
  SubQueryContext,
  TypeDeclarationContext,
  TypeOfContext,
  UndeleteStatementContext,
  UpdateStatementContext,
  UpsertStatementContext,
  WithClauseContext,
  BoundExpressionContext,
  ModifierContext,
  ClassBodyDeclarationContext,
  AnnotationContext,
  type ApexParserRuleContext as ParserRuleContext,
  type ApexParseTree as ParseTree,
} from '@apexdevtools/apex-parser';
import { type Check, type CheckContext, type Finding, error, listApexFiles, listFiles } from './findings';

export interface ParsedApex {
  file: string;
  source: string;
  tree: ParserRuleContext;
  syntaxErrors: { line: number; column: number; msg: string }[];
}

class CollectingListener extends ApexErrorListener {
  readonly errors: { line: number; column: number; msg: string }[] = [];
  apexSyntaxError(line: number, column: number, msg: string): void {
    this.errors.push({ line, column, msg });
  }
}

const parseCache = new Map<string, ParsedApex[]>();

/** Parses every Apex file of the project once (cached per project for the checks of one run). */
export function parseAll(ctx: CheckContext): ParsedApex[] {
  const cached = parseCache.get(ctx.projectDir);
  if (cached) return cached;
  const parsed = listApexFiles(ctx).map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    const tree: ParserRuleContext = file.toLowerCase().endsWith('.trigger')
      ? parser.triggerUnit()
      : parser.compilationUnit();
    return { file, source, tree, syntaxErrors: listener.errors };
  });
  parseCache.set(ctx.projectDir, parsed);
  return parsed;
}

export const apexSyntaxCheck: Check = {
  name: 'apex-syntax (apex-parser)',
  async run(ctx) {
    const parsed = parseAll(ctx);
    const findings = parsed.flatMap((p) =>
      p.syntaxErrors.map((e) => error(p.file, e.line, 'apex-syntax', `${e.msg} (column ${e.column + 1})`)),
    );
    return { findings, notes: [`${parsed.length} Apex files parsed`] };
  },
};

// ---------------------------------------------------------------------------------------------------
// Tree helpers

function children(node: ParseTree): ParseTree[] {
  const c = (node as ParserRuleContext).children;
  return c ? (c as ParseTree[]) : [];
}

/** Depth-first; `visit` returns false to skip a subtree. */
export function walk(node: ParseTree, visit: (n: ParseTree) => boolean | void): void {
  if (visit(node) === false) return;
  for (const c of children(node)) walk(c, visit);
}

export function findAll<T>(node: ParseTree, type: abstract new (...args: never[]) => T): T[] {
  const out: T[] = [];
  walk(node, (n) => {
    if (n instanceof type) out.push(n as T);
  });
  return out;
}

export function startLine(ctx: ParserRuleContext): number {
  return ctx.start?.line ?? 0;
}

export function modifiersOf(cls: ClassDeclarationContext): ModifierContext[] {
  const parent = cls.parentCtx;
  if (parent instanceof TypeDeclarationContext) return parent.modifier_list();
  // inner class: classDeclaration <- memberDeclaration <- classBodyDeclaration (holds modifiers)
  const body = parent?.parentCtx;
  if (body instanceof ClassBodyDeclarationContext) return body.modifier_list();
  return [];
}

/** Line where the declaration starts, annotations and modifiers included. */
export function declarationLine(cls: ClassDeclarationContext): number {
  const parent = cls.parentCtx;
  if (parent instanceof TypeDeclarationContext) return startLine(parent);
  const body = parent?.parentCtx;
  if (body instanceof ClassBodyDeclarationContext) return startLine(body);
  return startLine(cls);
}

export function annotationNames(mods: ModifierContext[]): string[] {
  return mods
    .map((m) => m.annotation())
    .filter((a): a is AnnotationContext => !!a)
    .map((a) => a.id().getText().toLowerCase());
}

export function sharingOf(mods: ModifierContext[]): 'with' | 'without' | 'inherited' | undefined {
  for (const m of mods) {
    if (m.SHARING()) {
      if (m.WITHOUT()) return 'without';
      if (m.INHERITED()) return 'inherited';
      return 'with';
    }
  }
  return undefined;
}

export function usesDatabase(cls: ClassDeclarationContext): boolean {
  let found = false;
  walk(cls.classBody(), (n) => {
    if (found) return false;
    if (
      n instanceof SoqlLiteralContext ||
      n instanceof SoslLiteralContext ||
      n instanceof SoslLiteralAltContext ||
      n instanceof InsertStatementContext ||
      n instanceof UpdateStatementContext ||
      n instanceof UpsertStatementContext ||
      n instanceof DeleteStatementContext ||
      n instanceof UndeleteStatementContext ||
      n instanceof MergeStatementContext
    ) {
      found = true;
      return false;
    }
    return true;
  });
  if (found) return true;
  return /\bDatabase\s*\.\s*(query|queryWithBinds|countQuery|getQueryLocator|insert|update|upsert|delete|undelete|merge|convertLead)\s*\(/i.test(
    cls.classBody().getText(),
  );
}

/** True when the line above `line` (1-based), skipping blank and annotation lines, is a comment. */
function hasCommentAbove(lines: string[], line: number): boolean {
  if ((lines[line - 1] ?? '').includes('//')) return true;
  for (let i = line - 2; i >= 0; i--) {
    const t = lines[i].trim();
    if (t === '' || t.startsWith('@')) continue;
    return t.startsWith('//') || t.endsWith('*/') || t.startsWith('*');
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Sharing and suppressions

export function sharingFindings(p: ParsedApex): Finding[] {
  if (p.syntaxErrors.length) return [];
  const findings: Finding[] = [];
  const lines = p.source.split(/\r?\n/);
  for (const cls of findAll(p.tree, ClassDeclarationContext)) {
    const mods = modifiersOf(cls);
    const topLevel = cls.parentCtx instanceof TypeDeclarationContext;
    const name = cls.id().getText();
    const sharing = sharingOf(mods);
    const isTest = annotationNames(mods).includes('istest');
    const line = declarationLine(cls);
    if (topLevel) {
      if (!sharing && !isTest) {
        findings.push(
          error(
            p.file,
            line,
            'apex-sharing',
            `class ${name} declares no sharing keyword (with sharing / inherited sharing / without sharing)`,
          ),
        );
      } else if (sharing === 'without') {
        findings.push(
          error(
            p.file,
            line,
            'apex-sharing',
            `top-level class ${name} is 'without sharing': only a small, documented inner class may be`,
          ),
        );
      }
    } else {
      if (!sharing && !isTest && usesDatabase(cls)) {
        findings.push(
          error(
            p.file,
            line,
            'apex-sharing',
            `inner class ${name} runs SOQL/DML but declares no sharing keyword`,
          ),
        );
      }
      if (sharing === 'without' && !hasCommentAbove(lines, line)) {
        findings.push(
          error(
            p.file,
            line,
            'apex-sharing',
            `inner class ${name} is 'without sharing' with no comment right above it giving the reason`,
          ),
        );
      }
    }
  }
  return findings;
}

export function suppressionFindings(p: ParsedApex): Finding[] {
  const findings: Finding[] = [];
  const lines = p.source.split(/\r?\n/);
  const re = /@SuppressWarnings\s*\(/gi;
  lines.forEach((text, i) => {
    re.lastIndex = 0;
    if (!re.test(text)) return;
    if (text.trim().startsWith('//') || text.trim().startsWith('*')) return;
    if (!hasCommentAbove(lines, i + 1)) {
      findings.push(
        error(
          p.file,
          i + 1,
          'apex-suppression',
          '@SuppressWarnings needs its reason in a // comment on the same line or right above',
        ),
      );
    }
  });
  return findings;
}

// ---------------------------------------------------------------------------------------------------
// SOQL fields against our object metadata

interface FieldInfo {
  /** lower-case target object of a lookup */
  referenceTo?: string;
  /** the same, as written in the metadata */
  referenceToName?: string;
  relationshipName?: string;
}

interface Schema {
  /** lower-case object name -> (lower-case field name -> info); only objects with metadata here. */
  objects: Map<string, Map<string, FieldInfo>>;
  /** Object names (as written) with an object-meta.xml here, lower-case. */
  defined: Set<string>;
  /** lower-case object name -> the name as written (folder name) */
  names: Map<string, string>;
}

function tagValue(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(xml);
  return m ? m[1] : undefined;
}

export function loadSchema(ctx: CheckContext): Schema {
  const objects = new Map<string, Map<string, FieldInfo>>();
  const defined = new Set<string>();
  const names = new Map<string, string>();
  for (const dir of ctx.packageDirs) {
    for (const file of listFiles(dir)) {
      const parts = file.split(path.sep);
      const oi = parts.lastIndexOf('objects');
      if (oi < 0 || oi + 2 >= parts.length) continue;
      const obj = parts[oi + 1].toLowerCase();
      names.set(obj, parts[oi + 1]);
      if (!objects.has(obj)) objects.set(obj, new Map());
      if (file.endsWith('.object-meta.xml')) defined.add(obj);
      if (parts[oi + 2] === 'fields' && file.endsWith('.field-meta.xml')) {
        const field = path.basename(file, '.field-meta.xml').toLowerCase();
        let xml = '';
        try {
          xml = fs.readFileSync(file, 'utf8');
        } catch {
          /* unreadable: the metadata check reports it */
        }
        objects.get(obj)!.set(field, {
          referenceTo: tagValue(xml, 'referenceTo')?.toLowerCase(),
          referenceToName: tagValue(xml, 'referenceTo'),
          relationshipName: tagValue(xml, 'relationshipName')?.toLowerCase(),
        });
      }
    }
  }
  return { objects, defined, names };
}

/** Our own custom suffixes; a name with a namespace (`ns__X__c`) belongs to someone else. */
function isOwnCustom(name: string, suffixes: string[]): boolean {
  const lower = name.toLowerCase();
  if (!suffixes.some((s) => lower.endsWith(s))) return false;
  return lower.split('__').length === 2;
}

const CUSTOM_OBJECT_SUFFIXES = ['__c', '__mdt', '__e', '__x', '__b'];

class SoqlChecker {
  constructor(
    private readonly schema: Schema,
    private readonly file: string,
    private readonly findings: Finding[],
  ) {}

  /** Checks one field path (`A__r.B__c`, `Name`) against `obj`. */
  private checkPath(obj: string, segments: string[], line: number, alias?: string): void {
    let current = obj.toLowerCase();
    let display = obj;
    const segs = [...segments];
    if (alias && segs.length > 1 && segs[0].toLowerCase() === alias.toLowerCase()) segs.shift();
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      const last = i === segs.length - 1;
      const fields = this.schema.objects.get(current);
      const lower = seg.toLowerCase();
      if (last) {
        if (isOwnCustom(seg, ['__c']) && !fields?.has(lower)) {
          this.findings.push(
            error(
              this.file,
              line,
              'soql-field',
              `unknown field ${seg} on ${display} (no field metadata in force-app)`,
            ),
          );
        }
        return;
      }
      if (isOwnCustom(seg, ['__r'])) {
        const fieldName = lower.replace(/__r$/, '__c');
        const info = fields?.get(fieldName);
        if (!info) {
          this.findings.push(
            error(
              this.file,
              line,
              'soql-field',
              `unknown relationship ${seg} on ${display} (no lookup field ${seg.replace(/__r$/i, '__c')})`,
            ),
          );
          return;
        }
        if (!info.referenceTo) return;
        current = info.referenceTo;
        display = info.referenceToName ?? info.referenceTo;
        continue;
      }
      // standard relationship (Owner, Account, ...): we do not know its target; stop here.
      return;
    }
  }

  private fromObject(fromList: FromNameListContext): { name: string; alias?: string } | undefined {
    const first = fromList.fieldName(0);
    if (!first) return undefined;
    const alias = fromList.soqlId(0)?.getText();
    return { name: first.getText(), alias };
  }

  /** Field names used in a query or sub-query, not inside nested sub-queries/TYPEOF/WITH/binds. */
  private fieldNames(q: ParserRuleContext): FieldNameContext[] {
    const out: FieldNameContext[] = [];
    for (const c of children(q)) {
      walk(c, (n) => {
        if (
          n instanceof FromNameListContext ||
          n instanceof SubQueryContext ||
          n instanceof TypeOfContext ||
          n instanceof WithClauseContext ||
          n instanceof BoundExpressionContext
        ) {
          return false;
        }
        if (n instanceof FieldNameContext) {
          out.push(n);
          return false;
        }
        return true;
      });
    }
    return out;
  }

  private checkObjectKnown(name: string, line: number): boolean {
    if (isOwnCustom(name, CUSTOM_OBJECT_SUFFIXES) && !this.schema.defined.has(name.toLowerCase())) {
      this.findings.push(
        error(this.file, line, 'soql-field', `unknown SObject ${name} (no object metadata in force-app)`),
      );
      return false;
    }
    return true;
  }

  checkQuery(q: QueryContext): void {
    const from = this.fromObject(q.fromNameList());
    if (!from) return;
    const line = startLine(q);
    if (!this.checkObjectKnown(from.name, line)) return;
    for (const f of this.fieldNames(q)) {
      this.checkPath(
        from.name,
        f.soqlId_list().map((s) => s.getText()),
        startLine(f),
        from.alias,
      );
    }
    for (const sub of findAll(q.selectList(), SubQueryContext)) this.checkSubQuery(from.name, sub);
  }

  private checkSubQuery(parent: string, sub: SubQueryContext): void {
    const rel = sub.fromNameList().fieldName(0)?.getText();
    if (!rel) return;
    const line = startLine(sub);
    const relLower = rel.toLowerCase();
    if (!isOwnCustom(rel, ['__r'])) return; // standard child relationship (Contacts, ...): not ours
    const relName = relLower.replace(/__r$/, '');
    let child: string | undefined;
    for (const [obj, fields] of this.schema.objects) {
      for (const info of fields.values()) {
        if (info.referenceTo === parent.toLowerCase() && info.relationshipName === relName) child = obj;
      }
    }
    if (!child) {
      this.findings.push(
        error(
          this.file,
          line,
          'soql-field',
          `unknown child relationship ${rel} of ${parent} (no lookup with that relationshipName)`,
        ),
      );
      return;
    }
    const childName = this.schema.names.get(child) ?? child;
    for (const f of this.fieldNames(sub)) {
      this.checkPath(
        childName,
        f.soqlId_list().map((s) => s.getText()),
        startLine(f),
      );
    }
  }
}

export function soqlFindings(p: ParsedApex, schema: Schema): Finding[] {
  if (p.syntaxErrors.length) return [];
  const findings: Finding[] = [];
  const checker = new SoqlChecker(schema, p.file, findings);
  for (const q of findAll(p.tree, QueryContext)) checker.checkQuery(q);
  return findings;
}
