/**
 * Reads what the browser can see of our Apex: `@AuraEnabled` static methods (the callable API) and the
 * `@AuraEnabled` fields/properties of classes (the DTO shapes), plus enums (serialised as names).
 * Parsing is done by `@apexdevtools/apex-parser` (the grammar apex-ls uses).
 */
import {
  ApexErrorListener,
  ApexParserFactory,
  type ClassBodyDeclarationContext,
  type ClassDeclarationContext,
  type EnumDeclarationContext,
  type ModifierContext,
  type TypeRefContext,
} from '@apexdevtools/apex-parser';

/** A type as written in Apex: `List<Foo.Bar>` → { name: 'List', args: [{ name: 'Foo.Bar', args: [] }] }. */
export interface ApexType {
  name: string;
  args: ApexType[];
  /** `Foo[]` → 1 */
  arrayDepth: number;
}

export interface ApexParam {
  name: string;
  type: ApexType;
}

export interface AuraMethod {
  name: string;
  params: ApexParam[];
  /** null for `void` */
  returns: ApexType | null;
  cacheable: boolean;
}

export interface DtoMember {
  name: string;
  type: ApexType;
}

export interface ApexClass {
  /** `Outer` or `Outer.Inner` as written in the source. */
  qualifiedName: string;
  /** Outer class name (same as qualifiedName for top-level). */
  outer: string;
  kind: 'class' | 'enum' | 'interface';
  /** The class named after `extends`, as written; null when none. */
  superclass: string | null;
  /** `@AuraEnabled` public/global, non-static fields and properties, in source order. */
  members: DtoMember[];
  /** `@AuraEnabled` static methods (callable from LWC) */
  methods: AuraMethod[];
  enumValues: string[];
  file: string;
}

export interface ParseResult {
  classes: ApexClass[];
  errors: string[];
}

class CollectingListener extends ApexErrorListener {
  readonly errors: string[] = [];
  constructor(private readonly file: string) {
    super();
  }
  apexSyntaxError(line: number, column: number, msg: string): void {
    // ANTLR lists every acceptable token ("expecting {'after', 'before', ...}"): keep it short.
    const short = msg.length > 160 ? msg.replace(/ expecting \{.*\}$/s, ' (unexpected here)') : msg;
    this.errors.push(`${this.file}:${line}:${column + 1}: Apex syntax error: ${short}`);
  }
}

export function typeOf(ctx: TypeRefContext): ApexType {
  const names = ctx.typeName_list();
  const parts: string[] = [];
  let args: ApexType[] = [];
  for (const n of names) {
    const id = n.id();
    if (n.LIST()) parts.push('List');
    else if (n.SET()) parts.push('Set');
    else if (n.MAP()) parts.push('Map');
    else if (id) parts.push(id.getText());
    const ta = n.typeArguments();
    if (ta) args = ta.typeList().typeRef_list().map(typeOf);
  }
  const subs = ctx.arraySubscripts();
  const arrayDepth = subs ? subs.LBRACK_list().length : 0;
  return { name: parts.join('.'), args, arrayDepth };
}

function annotationsOf(mods: ModifierContext[]): string[] {
  return mods
    .map((m) => m.annotation())
    .filter((a) => a != null)
    .map((a) => a.getText());
}

const isAura = (annotations: string[]): boolean => annotations.some((a) => /^@auraenabled\b/i.test(a));
const isCacheable = (annotations: string[]): boolean =>
  annotations.some((a) => /^@auraenabled\(.*\bcacheable\s*=\s*true\b/i.test(a));
const has = (mods: ModifierContext[], pick: (m: ModifierContext) => unknown): boolean =>
  mods.some((m) => pick(m) != null);

function visitEnum(
  ctx: EnumDeclarationContext,
  qualifiedName: string,
  outer: string,
  file: string,
): ApexClass {
  const consts = ctx.enumConstants();
  return {
    qualifiedName,
    outer,
    kind: 'enum',
    superclass: null,
    members: [],
    methods: [],
    enumValues: consts ? consts.id_list().map((i) => i.getText()) : [],
    file,
  };
}

function visitClass(
  ctx: ClassDeclarationContext,
  qualifiedName: string,
  outer: string,
  file: string,
  out: ApexClass[],
): void {
  const ext = ctx.typeRef();
  const cls: ApexClass = {
    qualifiedName,
    outer,
    kind: 'class',
    superclass: ext ? typeOf(ext).name : null,
    members: [],
    methods: [],
    enumValues: [],
    file,
  };
  out.push(cls);
  const decls: ClassBodyDeclarationContext[] = ctx.classBody().classBodyDeclaration_list();
  for (const d of decls) {
    const member = d.memberDeclaration();
    if (!member) continue;
    const mods = d.modifier_list();
    const annotations = annotationsOf(mods);
    const isStatic = has(mods, (m) => m.STATIC());
    const visible = has(mods, (m) => m.PUBLIC()) || has(mods, (m) => m.GLOBAL());

    const inner = member.classDeclaration();
    if (inner) {
      visitClass(inner, `${qualifiedName}.${inner.id().getText()}`, outer, file, out);
      continue;
    }
    const innerEnum = member.enumDeclaration();
    if (innerEnum) {
      out.push(visitEnum(innerEnum, `${qualifiedName}.${innerEnum.id().getText()}`, outer, file));
      continue;
    }
    if (!isAura(annotations)) continue;

    const method = member.methodDeclaration();
    if (method) {
      if (!isStatic) continue; // only static methods are callable from LWC
      const list = method.formalParameters().formalParameterList();
      const tr = method.typeRef();
      cls.methods.push({
        name: method.id().getText(),
        params: list
          ? list.formalParameter_list().map((p) => ({ name: p.id().getText(), type: typeOf(p.typeRef()) }))
          : [],
        returns: method.VOID() || !tr ? null : typeOf(tr),
        cacheable: isCacheable(annotations),
      });
      continue;
    }
    if (isStatic || !visible) continue;
    const field = member.fieldDeclaration();
    if (field) {
      const type = typeOf(field.typeRef());
      for (const v of field.variableDeclarators().variableDeclarator_list())
        cls.members.push({ name: v.id().getText(), type });
      continue;
    }
    const prop = member.propertyDeclaration();
    if (prop) cls.members.push({ name: prop.id().getText(), type: typeOf(prop.typeRef()) });
  }
}

/** Parses one `.cls` source; `file` is only used in messages. */
export function parseApex(source: string, file: string): ParseResult {
  const listener = new CollectingListener(file);
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const unit = parser.compilationUnit();
  if (listener.errors.length > 0) return { classes: [], errors: listener.errors };
  const classes: ApexClass[] = [];
  const td = unit.typeDeclaration();
  const cd = td?.classDeclaration();
  const ed = td?.enumDeclaration();
  const id = td?.interfaceDeclaration();
  if (cd) {
    const name = cd.id().getText();
    visitClass(cd, name, name, file, classes);
  } else if (ed) {
    const name = ed.id().getText();
    classes.push(visitEnum(ed, name, name, file));
  } else if (id) {
    const name = id.id().getText();
    classes.push({
      qualifiedName: name,
      outer: name,
      kind: 'interface',
      superclass: null,
      members: [],
      methods: [],
      enumValues: [],
      file,
    });
  }
  return { classes, errors: [] };
}
