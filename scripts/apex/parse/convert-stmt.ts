/** apex-parser statement contexts → AST statements. */
import type {
  AccessLevelContext,
  BlockContext,
  ExpressionContext,
  FieldDeclarationContext,
  LocalVariableDeclarationContext,
  StatementContext,
  WhenLiteralContext,
  WhenValueContext,
} from '@apexdevtools/apex-parser';
import { NotSupportedError } from '../lang/errors';
import type { DmlOp, Expr, Stmt, WhenLiteral, WhenValue } from './ast';
import { type ConvertCtx, locOf, opt, typeRefOf, unquote } from './convert-common';
import { convertExpr, exprList } from './convert-expr';

export function convertBlock(c: ConvertCtx, b: BlockContext): Stmt {
  return { kind: 'block', loc: locOf(c, b), body: b.statement_list().map((s) => convertStmt(c, s)) };
}

/** A local variable declaration; a trigger body's field-shaped declaration is one too. */
export function convertLocal(
  c: ConvertCtx,
  d: LocalVariableDeclarationContext | FieldDeclarationContext,
): Stmt {
  return {
    kind: 'local',
    loc: locOf(c, d),
    type: typeRefOf(d.typeRef()),
    vars: d
      .variableDeclarators()
      .variableDeclarator_list()
      .map((v) => {
        const init = opt(v.expression());
        return { name: v.id().getText(), init: init ? convertExpr(c, init) : null };
      }),
  };
}

function optStmt(c: ConvertCtx, s: StatementContext | null): Stmt | null {
  return s ? convertStmt(c, s) : null;
}

function accessOf(a: AccessLevelContext | null): 'user' | 'system' | null {
  if (!a) return null;
  return opt(a.USER()) ? 'user' : 'system';
}

export function convertStmt(c: ConvertCtx, s: StatementContext): Stmt {
  const loc = locOf(c, s);
  const block = opt(s.block());
  if (block) return convertBlock(c, block);
  const local = opt(s.localVariableDeclarationStatement());
  if (local) return convertLocal(c, local.localVariableDeclaration());
  const es = opt(s.expressionStatement());
  if (es) return { kind: 'expr', loc, expr: convertExpr(c, es.expression()) };
  const ifs = opt(s.ifStatement());
  if (ifs) {
    return {
      kind: 'if',
      loc,
      cond: convertExpr(c, ifs.parExpression().expression()),
      then: convertStmt(c, ifs.statement(0)),
      else: optStmt(c, opt(ifs.statement(1))),
    };
  }
  const fors = opt(s.forStatement());
  if (fors) {
    const fc = fors.forControl();
    const body = optStmt(c, opt(fors.statement()));
    const enhanced = opt(fc.enhancedForControl());
    if (enhanced) {
      return {
        kind: 'forEach',
        loc,
        type: typeRefOf(enhanced.typeRef()),
        name: enhanced.id().getText(),
        iterable: convertExpr(c, enhanced.expression()),
        body,
      };
    }
    const init = opt(fc.forInit());
    const initLocal = init ? opt(init.localVariableDeclaration()) : null;
    const cond = opt(fc.expression());
    const update = opt(fc.forUpdate());
    return {
      kind: 'for',
      loc,
      init: initLocal ? convertLocal(c, initLocal) : init ? exprList(c, opt(init.expressionList())) : null,
      cond: cond ? convertExpr(c, cond) : null,
      update: update ? exprList(c, update.expressionList()) : [],
      body,
    };
  }
  const ws = opt(s.whileStatement());
  if (ws) {
    return {
      kind: 'while',
      loc,
      cond: convertExpr(c, ws.parExpression().expression()),
      body: optStmt(c, opt(ws.statement())),
    };
  }
  const dw = opt(s.doWhileStatement());
  if (dw) {
    return {
      kind: 'doWhile',
      loc,
      body: convertBlock(c, dw.block()),
      cond: convertExpr(c, dw.parExpression().expression()),
    };
  }
  const ts = opt(s.tryStatement());
  if (ts) {
    const fin = opt(ts.finallyBlock());
    return {
      kind: 'try',
      loc,
      body: convertBlock(c, ts.block()),
      catches: ts.catchClause_list().map((cc) => ({
        type: { name: cc.qualifiedName().getText() },
        name: cc.id().getText(),
        body: convertBlock(c, cc.block()),
      })),
      finally: fin ? convertBlock(c, fin.block()) : null,
    };
  }
  const ret = opt(s.returnStatement());
  if (ret) {
    const e = opt(ret.expression());
    return { kind: 'return', loc, expr: e ? convertExpr(c, e) : null };
  }
  const th = opt(s.throwStatement());
  if (th) return { kind: 'throw', loc, expr: convertExpr(c, th.expression()) };
  if (opt(s.breakStatement())) return { kind: 'break', loc };
  if (opt(s.continueStatement())) return { kind: 'continue', loc };
  const sw = opt(s.switchStatement());
  if (sw) {
    return {
      kind: 'switch',
      loc,
      expr: convertExpr(c, sw.expression()),
      whens: sw.whenControl_list().map((w) => ({
        value: convertWhenValue(w.whenValue()),
        body: convertBlock(c, w.block()),
      })),
    };
  }
  const runAs = opt(s.runAsStatement());
  if (runAs) {
    return {
      kind: 'runAs',
      loc,
      args: exprList(c, opt(runAs.expressionList())),
      body: convertBlock(c, runAs.block()),
    };
  }
  const dml = convertDml(c, s, loc);
  if (dml) return dml;
  throw new NotSupportedError(`statement '${s.getText()}' (${c.file}:${loc.line})`);
}

function convertDml(c: ConvertCtx, s: StatementContext, loc: Stmt['loc']): Stmt | null {
  const one = (
    op: DmlOp,
    ctx: { accessLevel(): AccessLevelContext; expression(): ExpressionContext } | null,
  ): Stmt | null =>
    ctx
      ? {
          kind: 'dml',
          loc,
          op,
          access: accessOf(opt(ctx.accessLevel())),
          expr: convertExpr(c, ctx.expression()),
          upsertField: null,
          mergeWith: null,
        }
      : null;
  const found =
    one('insert', opt(s.insertStatement())) ??
    one('update', opt(s.updateStatement())) ??
    one('delete', opt(s.deleteStatement())) ??
    one('undelete', opt(s.undeleteStatement()));
  if (found) return found;
  const up = opt(s.upsertStatement());
  if (up) {
    const field = opt(up.qualifiedName());
    return {
      kind: 'dml',
      loc,
      op: 'upsert',
      access: accessOf(opt(up.accessLevel())),
      expr: convertExpr(c, up.expression()),
      upsertField: field ? field.getText() : null,
      mergeWith: null,
    };
  }
  const merge = opt(s.mergeStatement());
  if (merge) {
    const exprs: Expr[] = merge.expression_list().map((e) => convertExpr(c, e));
    return {
      kind: 'dml',
      loc,
      op: 'merge',
      access: accessOf(opt(merge.accessLevel())),
      expr: exprs[0],
      upsertField: null,
      mergeWith: exprs[1],
    };
  }
  return null;
}

function convertWhenValue(w: WhenValueContext): WhenValue {
  if (opt(w.ELSE())) return { kind: 'else' };
  const type = opt(w.typeRef());
  if (type) return { kind: 'type', type: typeRefOf(type), name: w.id().getText() };
  return { kind: 'values', values: w.whenLiteral_list().map(convertWhenLiteral) };
}

function convertWhenLiteral(l: WhenLiteralContext): WhenLiteral {
  const inner = opt(l.whenLiteral());
  if (inner) return convertWhenLiteral(inner);
  const negative = l.SUB_list().length % 2 === 1;
  const int = opt(l.IntegerLiteral());
  if (int) return { kind: 'integer', value: (negative ? -1 : 1) * Number(int.getText()) };
  const lng = opt(l.LongLiteral());
  if (lng) {
    const v = BigInt(lng.getText().slice(0, -1));
    return { kind: 'long', value: negative ? -v : v };
  }
  const str = opt(l.StringLiteral()) ?? opt(l.MultilineStringLiteral());
  if (str) return { kind: 'string', value: unquote(str.getText()) };
  if (opt(l.NULL())) return { kind: 'null' };
  return { kind: 'name', parts: l.qualifiedName().getText().split('.') };
}
