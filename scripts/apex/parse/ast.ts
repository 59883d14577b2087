/**
 * The runtime's own AST for Apex: compact discriminated unions converted once from the apex-parser
 * tree. Every statement and expression carries its source position (stack traces, getLineNumber()).
 * Inline SOQL/SOSL keep the parser's context for the `soql/` module. `memo` slots on nodes are
 * filled by the interpreter (name resolution done once per node).
 */
import type { ApexParserRuleContext as ParserRuleContext } from '@apexdevtools/apex-parser';
import type { TypeRef } from '../interp/values';

export interface Loc {
  file: string;
  line: number;
}

export interface Annotation {
  /** Lower-case name without `@`: `istest`, `testsetup`, `auraenabled`. */
  name: string;
  /** Element values by lower-case key (`seealldata` → `true`); a lone value is under `value`. Source text. */
  params: Record<string, string>;
}

export interface Modifiers {
  annotations: Annotation[];
  access: 'global' | 'public' | 'protected' | 'private' | 'default';
  isStatic: boolean;
  isFinal: boolean;
  isAbstract: boolean;
  isVirtual: boolean;
  isOverride: boolean;
  isTransient: boolean;
  isTestMethod: boolean;
  isWebservice: boolean;
  sharing: 'with' | 'without' | 'inherited' | 'none';
}

export type LiteralType = 'Integer' | 'Long' | 'Double' | 'Decimal' | 'String' | 'Boolean' | 'Null';

export type Expr =
  | { kind: 'literal'; loc: Loc; type: LiteralType; value: number | bigint | string | boolean | null }
  | { kind: 'name'; loc: Loc; name: string; memo?: unknown }
  | { kind: 'field'; loc: Loc; target: Expr; name: string; safe: boolean; memo?: unknown }
  | { kind: 'call'; loc: Loc; target: Expr | null; name: string; args: Expr[]; safe: boolean; memo?: unknown }
  | { kind: 'ctorChain'; loc: Loc; which: 'this' | 'super'; args: Expr[] }
  | { kind: 'this'; loc: Loc }
  | { kind: 'super'; loc: Loc }
  | { kind: 'index'; loc: Loc; target: Expr; index: Expr }
  | { kind: 'new'; loc: Loc; type: TypeRef; creator: Creator; memo?: unknown }
  | { kind: 'cast'; loc: Loc; type: TypeRef; expr: Expr }
  | { kind: 'unary'; loc: Loc; op: '-' | '+' | '!' | '~'; expr: Expr }
  | { kind: 'incdec'; loc: Loc; op: '++' | '--'; prefix: boolean; target: Expr }
  | { kind: 'binary'; loc: Loc; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'instanceof'; loc: Loc; expr: Expr; type: TypeRef }
  | { kind: 'ternary'; loc: Loc; cond: Expr; then: Expr; else: Expr }
  | { kind: 'assign'; loc: Loc; op: AssignOp; target: Expr; value: Expr }
  | { kind: 'classLit'; loc: Loc; type: TypeRef }
  | { kind: 'soql'; loc: Loc; ctx: ParserRuleContext }
  | { kind: 'sosl'; loc: Loc; ctx: ParserRuleContext };

export type BinaryOp =
  | '*'
  | '/'
  | '+'
  | '-'
  | '<<'
  | '>>'
  | '>>>'
  | '<'
  | '>'
  | '<='
  | '>='
  | '=='
  | '!='
  | '==='
  | '!=='
  | '&'
  | '^'
  | '|'
  | '&&'
  | '||'
  | '??';

export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '&=' | '|=' | '^=' | '>>=' | '>>>=' | '<<=';

export type Creator =
  | { kind: 'args'; args: Expr[] }
  /** `new Account(Name = 'x')`: named field values. */
  | { kind: 'fields'; pairs: { name: string; value: Expr }[] }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'map'; pairs: { key: Expr; value: Expr }[] }
  /** `new String[3]`. */
  | { kind: 'arraySize'; size: Expr };

export type Stmt =
  | { kind: 'block'; loc: Loc; body: Stmt[] }
  | { kind: 'local'; loc: Loc; type: TypeRef; vars: { name: string; init: Expr | null }[] }
  | { kind: 'expr'; loc: Loc; expr: Expr }
  | { kind: 'if'; loc: Loc; cond: Expr; then: Stmt; else: Stmt | null }
  | {
      kind: 'for';
      loc: Loc;
      init: Stmt | Expr[] | null;
      cond: Expr | null;
      update: Expr[];
      body: Stmt | null;
    }
  | { kind: 'forEach'; loc: Loc; type: TypeRef; name: string; iterable: Expr; body: Stmt | null }
  | { kind: 'while'; loc: Loc; cond: Expr; body: Stmt | null }
  | { kind: 'doWhile'; loc: Loc; body: Stmt; cond: Expr }
  | { kind: 'switch'; loc: Loc; expr: Expr; whens: WhenClause[] }
  | { kind: 'try'; loc: Loc; body: Stmt; catches: CatchClause[]; finally: Stmt | null }
  | { kind: 'throw'; loc: Loc; expr: Expr }
  | { kind: 'return'; loc: Loc; expr: Expr | null }
  | { kind: 'break'; loc: Loc }
  | { kind: 'continue'; loc: Loc }
  | {
      kind: 'dml';
      loc: Loc;
      op: DmlOp;
      access: 'user' | 'system' | null;
      expr: Expr;
      /** upsert: the external-id field; merge: the records to merge into `expr`. */
      upsertField: string | null;
      mergeWith: Expr | null;
    }
  | { kind: 'runAs'; loc: Loc; args: Expr[]; body: Stmt };

export type DmlOp = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';

export type WhenValue =
  | { kind: 'else' }
  | { kind: 'values'; values: WhenLiteral[] }
  | { kind: 'type'; type: TypeRef; name: string };

export type WhenLiteral =
  | { kind: 'integer'; value: number }
  | { kind: 'long'; value: bigint }
  | { kind: 'string'; value: string }
  | { kind: 'null' }
  /** An enum constant (`RED`, `Color.RED`, `System.RoundingMode.UP`): resolved against the switch value. */
  | { kind: 'name'; parts: string[] };

export interface WhenClause {
  value: WhenValue;
  body: Stmt;
}

export interface CatchClause {
  type: TypeRef;
  name: string;
  body: Stmt;
}

export interface Param {
  type: TypeRef;
  name: string;
}

export interface MethodDecl {
  kind: 'method';
  loc: Loc;
  name: string;
  mods: Modifiers;
  returnType: TypeRef | null;
  params: Param[];
  body: Stmt | null;
}

export interface CtorDecl {
  kind: 'ctor';
  loc: Loc;
  mods: Modifiers;
  params: Param[];
  body: Stmt;
}

export interface FieldDecl {
  kind: 'field';
  loc: Loc;
  mods: Modifiers;
  type: TypeRef;
  name: string;
  init: Expr | null;
}

export interface PropertyDecl {
  kind: 'property';
  loc: Loc;
  mods: Modifiers;
  type: TypeRef;
  name: string;
  /** null: no accessor of that kind; `auto`: `get;` / `set;`; otherwise the block. */
  getter: Accessor | null;
  setter: Accessor | null;
}

export interface Accessor {
  access: Modifiers['access'];
  body: Stmt | 'auto';
}

export interface InitBlock {
  kind: 'init';
  loc: Loc;
  isStatic: boolean;
  body: Stmt;
}

export type Member = MethodDecl | CtorDecl | FieldDecl | PropertyDecl | InitBlock | TypeDecl;

export interface ClassDecl {
  kind: 'class';
  loc: Loc;
  name: string;
  mods: Modifiers;
  extends: TypeRef | null;
  implements: TypeRef[];
  members: Member[];
}

export interface InterfaceDecl {
  kind: 'interface';
  loc: Loc;
  name: string;
  mods: Modifiers;
  extends: TypeRef[];
  members: MethodDecl[];
}

export interface EnumDecl {
  kind: 'enum';
  loc: Loc;
  name: string;
  mods: Modifiers;
  constants: string[];
}

export type TypeDecl = ClassDecl | InterfaceDecl | EnumDecl;

export type TriggerEvent =
  | 'before insert'
  | 'before update'
  | 'before delete'
  | 'after insert'
  | 'after update'
  | 'after delete'
  | 'after undelete';

export interface TriggerDecl {
  kind: 'trigger';
  loc: Loc;
  name: string;
  sobject: string;
  events: TriggerEvent[];
  /** Classes, fields and methods declared inside the trigger body. */
  members: Member[];
  body: Stmt[];
}

/** A loaded source file. */
export interface ApexUnit {
  file: string;
  apiVersion: number;
  decl: TypeDecl | TriggerDecl;
}
