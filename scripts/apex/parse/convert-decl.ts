/** apex-parser declarations (classes, interfaces, enums, triggers) → AST declarations. */
import type {
  ClassBodyDeclarationContext,
  ClassDeclarationContext,
  EnumDeclarationContext,
  FormalParametersContext,
  InterfaceDeclarationContext,
  MemberDeclarationContext,
  ModifierContext,
  PropertyDeclarationContext,
  TriggerMemberDeclarationContext,
  TriggerUnitContext,
  TypeDeclarationContext,
} from '@apexdevtools/apex-parser';
import type {
  Accessor,
  ClassDecl,
  EnumDecl,
  InterfaceDecl,
  Member,
  Modifiers,
  Param,
  PropertyDecl,
  Stmt,
  TriggerDecl,
  TriggerEvent,
  TypeDecl,
} from './ast';
import { type ConvertCtx, locOf, modifiersOf, opt, typeListOf, typeRefOf } from './convert-common';
import { convertExpr } from './convert-expr';
import { convertBlock, convertLocal, convertStmt } from './convert-stmt';

export function convertTypeDeclaration(c: ConvertCtx, t: TypeDeclarationContext): TypeDecl {
  const mods = modifiersOf(t.modifier_list());
  const cls = opt(t.classDeclaration());
  if (cls) return convertClass(c, cls, mods);
  const iface = opt(t.interfaceDeclaration());
  if (iface) return convertInterface(c, iface, mods);
  return convertEnum(c, t.enumDeclaration(), mods);
}

function convertClass(c: ConvertCtx, d: ClassDeclarationContext, mods: Modifiers): ClassDecl {
  const ext = opt(d.typeRef());
  const impl = opt(d.typeList());
  return {
    kind: 'class',
    loc: locOf(c, d),
    name: d.id().getText(),
    mods,
    extends: ext ? typeRefOf(ext) : null,
    implements: impl ? typeListOf(impl) : [],
    members: d
      .classBody()
      .classBodyDeclaration_list()
      .flatMap((b) => convertBodyDeclaration(c, b)),
  };
}

function convertInterface(c: ConvertCtx, d: InterfaceDeclarationContext, mods: Modifiers): InterfaceDecl {
  const ext = opt(d.typeList());
  return {
    kind: 'interface',
    loc: locOf(c, d),
    name: d.id().getText(),
    mods,
    extends: ext ? typeListOf(ext) : [],
    members: d
      .interfaceBody()
      .interfaceMethodDeclaration_list()
      .map((m) => {
        const ret = opt(m.typeRef());
        return {
          kind: 'method' as const,
          loc: locOf(c, m),
          name: m.id().getText(),
          mods: { ...modifiersOf(m.modifier_list()), isAbstract: true },
          returnType: ret ? typeRefOf(ret) : null,
          params: paramsOf(m.formalParameters()),
          body: null,
        };
      }),
  };
}

function convertEnum(c: ConvertCtx, d: EnumDeclarationContext, mods: Modifiers): EnumDecl {
  const constants = opt(d.enumConstants());
  return {
    kind: 'enum',
    loc: locOf(c, d),
    name: d.id().getText(),
    mods,
    constants: constants ? constants.id_list().map((i) => i.getText()) : [],
  };
}

function paramsOf(f: FormalParametersContext): Param[] {
  const list = opt(f.formalParameterList());
  if (!list) return [];
  return list.formalParameter_list().map((p) => ({ type: typeRefOf(p.typeRef()), name: p.id().getText() }));
}

function convertBodyDeclaration(c: ConvertCtx, b: ClassBodyDeclarationContext): Member[] {
  const block = opt(b.block());
  if (block)
    return [
      { kind: 'init', loc: locOf(c, b), isStatic: opt(b.STATIC()) !== null, body: convertBlock(c, block) },
    ];
  const member = opt(b.memberDeclaration());
  if (!member) return [];
  return convertMember(c, member, b.modifier_list());
}

export function convertMember(
  c: ConvertCtx,
  m: MemberDeclarationContext | TriggerMemberDeclarationContext,
  modCtx: ModifierContext[],
): Member[] {
  const mods = modifiersOf(modCtx);
  const method = opt(m.methodDeclaration());
  if (method) {
    const ret = opt(method.typeRef());
    const body = opt(method.block());
    return [
      {
        kind: 'method',
        loc: locOf(c, method),
        name: method.id().getText(),
        mods,
        returnType: ret ? typeRefOf(ret) : null,
        params: paramsOf(method.formalParameters()),
        body: body ? convertBlock(c, body) : null,
      },
    ];
  }
  if ('constructorDeclaration' in m) {
    const ctor = opt(m.constructorDeclaration());
    if (ctor) {
      return [
        {
          kind: 'ctor',
          loc: locOf(c, ctor),
          mods,
          params: paramsOf(ctor.formalParameters()),
          body: convertBlock(c, ctor.block()),
        },
      ];
    }
  }
  const field = opt(m.fieldDeclaration());
  if (field) {
    const type = typeRefOf(field.typeRef());
    return field
      .variableDeclarators()
      .variableDeclarator_list()
      .map((v) => {
        const init = opt(v.expression());
        return {
          kind: 'field' as const,
          loc: locOf(c, v),
          mods,
          type,
          name: v.id().getText(),
          init: init ? convertExpr(c, init) : null,
        };
      });
  }
  const prop = opt(m.propertyDeclaration());
  if (prop) return [convertProperty(c, prop, mods)];
  const cls = opt(m.classDeclaration());
  if (cls) return [convertClass(c, cls, mods)];
  const iface = opt(m.interfaceDeclaration());
  if (iface) return [convertInterface(c, iface, mods)];
  const en = opt(m.enumDeclaration());
  if (en) return [convertEnum(c, en, mods)];
  return [];
}

function convertProperty(c: ConvertCtx, p: PropertyDeclarationContext, mods: Modifiers): PropertyDecl {
  let getter: Accessor | null = null;
  let setter: Accessor | null = null;
  for (const block of p.propertyBlock_list()) {
    const access = modifiersOf(block.modifier_list()).access;
    const g = opt(block.getter());
    if (g) {
      const body = opt(g.block());
      getter = { access, body: body ? convertBlock(c, body) : 'auto' };
    }
    const s = opt(block.setter());
    if (s) {
      const body = opt(s.block());
      setter = { access, body: body ? convertBlock(c, body) : 'auto' };
    }
  }
  return {
    kind: 'property',
    loc: locOf(c, p),
    mods,
    type: typeRefOf(p.typeRef()),
    name: p.id().getText(),
    getter,
    setter,
  };
}

export function convertTrigger(c: ConvertCtx, t: TriggerUnitContext): TriggerDecl {
  const ids = t.id_list();
  const members: Member[] = [];
  const body: Stmt[] = [];
  for (const m of t.triggerBlock().triggerBlockMember_list()) {
    const decl = opt(m.triggerMemberDeclaration());
    // `Integer n = 1;` in a trigger body matches the field rule, but a trigger has no instance:
    // it is a local variable of the body, initialised each time the trigger runs.
    const field = decl ? opt(decl.fieldDeclaration()) : null;
    if (field && m.modifier_list().length === 0) body.push(convertLocal(c, field));
    else if (decl) members.push(...convertMember(c, decl, m.modifier_list()));
    else body.push(convertStmt(c, m.statement()));
  }
  return {
    kind: 'trigger',
    loc: locOf(c, t),
    name: ids[0].getText(),
    sobject: ids[1].getText(),
    events: t.triggerCase_list().map(
      (tc) =>
        tc
          .getText()
          .replace(/^(before|after)/i, '$1 ')
          .toLowerCase() as TriggerEvent,
    ),
    members,
    body,
  };
}
