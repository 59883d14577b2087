/** Shared pieces of the parse tree → AST conversion: positions, types, modifiers, literals. */
import {
  type ApexParserRuleContext as ParserRuleContext,
  type ModifierContext,
  type TypeRefContext,
  type TypeNameContext,
  type TypeListContext,
  type AnnotationContext,
} from '@apexdevtools/apex-parser';
import type { TypeRef } from '../interp/values';
import type { Annotation, Loc, Modifiers } from './ast';

/** The parser's typed accessors return null for an absent child although typed non-null. */
export function opt<T>(v: T): T | null {
  return v ?? null;
}

/** Per-file conversion state: the file name for positions. */
export interface ConvertCtx {
  file: string;
}

export function locOf(c: ConvertCtx, node: ParserRuleContext): Loc {
  return { file: c.file, line: node.start?.line ?? 0 };
}

export function typeRefOf(t: TypeRefContext): TypeRef {
  const names = t.typeName_list();
  let ref: TypeRef;
  if (names.length === 1) ref = typeNameOf(names[0]);
  else {
    // `Outer.Inner` / `Schema.SObjectField`: only the last part can carry type arguments in practice.
    const last = typeNameOf(names[names.length - 1]);
    const prefix = names
      .slice(0, -1)
      .map((n) => n.getText())
      .join('.');
    ref = { name: prefix + '.' + last.name, ...(last.args ? { args: last.args } : {}) };
  }
  const dims = (opt(t.arraySubscripts())?.getText().length ?? 0) / 2;
  for (let i = 0; i < dims; i++) ref = { name: 'List', args: [ref] };
  return ref;
}

function typeNameOf(n: TypeNameContext): TypeRef {
  const args = opt(n.typeArguments());
  let name: string;
  if (opt(n.LIST())) name = 'List';
  else if (opt(n.SET())) name = 'Set';
  else if (opt(n.MAP())) name = 'Map';
  else name = n.id().getText();
  if (!args) return { name };
  return { name, args: typeListOf(args.typeList()) };
}

export function typeListOf(l: TypeListContext): TypeRef[] {
  return l.typeRef_list().map(typeRefOf);
}

export function modifiersOf(mods: ModifierContext[]): Modifiers {
  const m: Modifiers = {
    annotations: [],
    access: 'default',
    isStatic: false,
    isFinal: false,
    isAbstract: false,
    isVirtual: false,
    isOverride: false,
    isTransient: false,
    isTestMethod: false,
    isWebservice: false,
    sharing: 'none',
  };
  for (const mod of mods) {
    const ann = opt(mod.annotation());
    if (ann) {
      m.annotations.push(annotationOf(ann));
      continue;
    }
    const text = mod.getText().toLowerCase();
    switch (text) {
      case 'global':
      case 'public':
      case 'protected':
      case 'private':
        m.access = text;
        break;
      case 'static':
        m.isStatic = true;
        break;
      case 'final':
        m.isFinal = true;
        break;
      case 'abstract':
        m.isAbstract = true;
        break;
      case 'virtual':
        m.isVirtual = true;
        break;
      case 'override':
        m.isOverride = true;
        break;
      case 'transient':
        m.isTransient = true;
        break;
      case 'testmethod':
        m.isTestMethod = true;
        break;
      case 'webservice':
        m.isWebservice = true;
        break;
      case 'withsharing':
        m.sharing = 'with';
        break;
      case 'withoutsharing':
        m.sharing = 'without';
        break;
      case 'inheritedsharing':
        m.sharing = 'inherited';
        break;
    }
  }
  return m;
}

function annotationOf(a: AnnotationContext): Annotation {
  const params: Record<string, string> = {};
  const pairs = opt(a.elementValuePairs());
  if (pairs) {
    for (const p of pairs.elementValuePair_list()) {
      params[p.id().getText().toLowerCase()] = p.elementValue().getText();
    }
  }
  const single = opt(a.elementValue());
  if (single) params.value = single.getText();
  return { name: a.id().getText().toLowerCase(), params };
}

/** The value of an Apex string literal (`'it\'s'` → `it's`). */
export function unquote(text: string): string {
  const body = text.startsWith("'''") ? text.slice(3, -3) : text.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    switch (next) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u':
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
        i += 4;
        break;
      default:
        out += next;
    }
  }
  return out;
}
