/** Class records built once from the AST: members indexed by lower-case name, inner classes, initialisers in order. */
import type {
  Annotation,
  ApexUnit,
  ClassDecl,
  CtorDecl,
  EnumDecl,
  FieldDecl,
  InitBlock,
  InterfaceDecl,
  Member,
  MethodDecl,
  Modifiers,
  PropertyDecl,
  TypeDecl,
} from '../parse/ast';
import type { NativeFn } from './native';
import type { TypeRef } from './values';

export type Initialiser = FieldDecl | PropertyDecl | InitBlock;

export interface ClassInfo {
  /** Qualified as Apex prints it: `Outer.Inner`, `System.DmlException`. */
  name: string;
  kind: 'class' | 'interface' | 'enum';
  decl: TypeDecl | null;
  file: string;
  apiVersion: number;
  outer: ClassInfo | null;
  inner: Map<string, ClassInfo>;
  superRef: TypeRef | null;
  interfaceRefs: TypeRef[];
  /** Resolved lazily by the interpreter (null = no superclass). */
  superclass?: ClassInfo | null;
  interfaces?: ClassInfo[];
  methods: Map<string, MethodDecl[]>;
  ctors: CtorDecl[];
  fields: Map<string, FieldDecl | PropertyDecl>;
  instanceInit: Initialiser[];
  staticInit: Initialiser[];
  mods: Modifiers;
  annotations: Annotation[];
  enumConstants: string[];
  /** Built-in classes (the exception hierarchy) implement methods natively. */
  nativeMethods?: Record<string, NativeFn>;
  isBuiltin: boolean;
}

export const EMPTY_MODIFIERS: Modifiers = {
  annotations: [],
  access: 'public',
  isStatic: false,
  isFinal: false,
  isAbstract: false,
  isVirtual: true,
  isOverride: false,
  isTransient: false,
  isTestMethod: false,
  isWebservice: false,
  sharing: 'none',
};

export function buildClass(decl: TypeDecl, unit: ApexUnit, outer: ClassInfo | null): ClassInfo {
  const info: ClassInfo = {
    name: outer ? `${outer.name}.${decl.name}` : decl.name,
    kind: decl.kind,
    decl,
    file: unit.file,
    apiVersion: unit.apiVersion,
    outer,
    inner: new Map(),
    superRef: decl.kind === 'class' ? decl.extends : null,
    interfaceRefs: decl.kind === 'class' ? decl.implements : decl.kind === 'interface' ? decl.extends : [],
    methods: new Map(),
    ctors: [],
    fields: new Map(),
    instanceInit: [],
    staticInit: [],
    mods: decl.mods,
    annotations: decl.mods.annotations,
    enumConstants: decl.kind === 'enum' ? decl.constants : [],
    isBuiltin: false,
  };
  if (decl.kind === 'class') addMembers(info, decl, unit);
  if (decl.kind === 'interface') addInterfaceMethods(info, decl);
  return info;
}

function addInterfaceMethods(info: ClassInfo, decl: InterfaceDecl): void {
  for (const m of decl.members) addMethod(info, m);
}

function addMethod(info: ClassInfo, m: MethodDecl): void {
  const key = m.name.toLowerCase();
  const list = info.methods.get(key);
  if (list) list.push(m);
  else info.methods.set(key, [m]);
}

/** Members of a class or of a trigger body (triggers hold classes, fields and methods too). */
export function addMembers(info: ClassInfo, decl: { members: Member[] }, unit: ApexUnit): void {
  for (const m of decl.members) {
    switch (m.kind) {
      case 'method':
        addMethod(info, m);
        break;
      case 'ctor':
        info.ctors.push(m);
        break;
      case 'field':
      case 'property':
        info.fields.set(m.name.toLowerCase(), m);
        (m.mods.isStatic ? info.staticInit : info.instanceInit).push(m);
        break;
      case 'init':
        (m.isStatic ? info.staticInit : info.instanceInit).push(m);
        break;
      case 'class':
      case 'interface':
      case 'enum':
        info.inner.set(m.name.toLowerCase(), buildClass(m, unit, info));
        break;
    }
  }
}

export function isEnumDecl(d: TypeDecl | null): d is EnumDecl {
  return d?.kind === 'enum';
}

export function isClassDecl(d: TypeDecl | null): d is ClassDecl {
  return d?.kind === 'class';
}
