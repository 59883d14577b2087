/** apex-parser expression contexts → AST expressions. */
import {
  type ApexParserRuleContext as ParserRuleContext,
  ArrayExpressionContext,
  AssignExpressionContext,
  CastExpressionContext,
  CondExpressionContext,
  DotExpressionContext,
  ExpressionContext,
  type ExpressionListContext,
  IdPrimaryContext,
  InstanceOfExpressionContext,
  LiteralPrimaryContext,
  type LiteralContext,
  MethodCallExpressionContext,
  NegExpressionContext,
  NewExpressionContext,
  PostOpExpressionContext,
  PreOpExpressionContext,
  PrimaryExpressionContext,
  SoqlPrimaryContext,
  SoslPrimaryContext,
  SubExpressionContext,
  SuperPrimaryContext,
  ThisPrimaryContext,
  TypeRefPrimaryContext,
  VoidPrimaryContext,
  type CreatorContext,
  type PrimaryContext,
} from '@apexdevtools/apex-parser';
import { NotSupportedError } from '../lang/errors';
import type { TypeRef } from '../interp/values';
import type { AssignOp, BinaryOp, Creator, Expr } from './ast';
import { type ConvertCtx, locOf, opt, typeListOf, typeRefOf, unquote } from './convert-common';

const BINARY_OPS = new Set<string>([
  '*',
  '/',
  '+',
  '-',
  '<<',
  '>>',
  '>>>',
  '<',
  '>',
  '<=',
  '>=',
  '==',
  '!=',
  '===',
  '!==',
  '&',
  '^',
  '|',
  '&&',
  '||',
  '??',
]);

export function exprList(c: ConvertCtx, l: ExpressionListContext | null): Expr[] {
  return l ? l.expression_list().map((e) => convertExpr(c, e)) : [];
}

/** The operator text between the operands of a binary context (`>` `>` `>` arrive as three tokens). */
function operatorText(e: ParserRuleContext): string {
  let op = '';
  for (const ch of e.children ?? []) {
    if (ch instanceof ExpressionContext) continue;
    if (ch instanceof TypeRefPrimaryContext) continue;
    op += ch.getText();
  }
  return op;
}

export function convertExpr(c: ConvertCtx, e: ExpressionContext): Expr {
  const loc = locOf(c, e);
  if (e instanceof PrimaryExpressionContext) return convertPrimary(c, e.primary());
  if (e instanceof SubExpressionContext) return convertExpr(c, e.expression());
  if (e instanceof DotExpressionContext) {
    const target = convertExpr(c, e.expression());
    const safe = opt(e.QUESTIONDOT()) !== null;
    const call = opt(e.dotMethodCall());
    if (call) {
      return {
        kind: 'call',
        loc,
        target,
        name: call.anyId().getText(),
        args: exprList(c, opt(call.expressionList())),
        safe,
      };
    }
    return { kind: 'field', loc, target, name: e.anyId().getText(), safe };
  }
  if (e instanceof MethodCallExpressionContext) {
    const m = e.methodCall();
    const args = exprList(c, opt(m.expressionList()));
    if (opt(m.THIS())) return { kind: 'ctorChain', loc, which: 'this', args };
    if (opt(m.SUPER())) return { kind: 'ctorChain', loc, which: 'super', args };
    return { kind: 'call', loc, target: null, name: m.id().getText(), args, safe: false };
  }
  if (e instanceof ArrayExpressionContext) {
    return {
      kind: 'index',
      loc,
      target: convertExpr(c, e.expression(0)),
      index: convertExpr(c, e.expression(1)),
    };
  }
  if (e instanceof NewExpressionContext) return convertNew(c, e.creator(), loc);
  if (e instanceof CastExpressionContext) {
    return { kind: 'cast', loc, type: typeRefOf(e.typeRef()), expr: convertExpr(c, e.expression()) };
  }
  if (e instanceof PostOpExpressionContext) {
    const op = operatorText(e) as '++' | '--';
    return { kind: 'incdec', loc, op, prefix: false, target: convertExpr(c, e.expression()) };
  }
  if (e instanceof PreOpExpressionContext) {
    const op = operatorText(e);
    const operand = convertExpr(c, e.expression());
    if (op === '++' || op === '--') return { kind: 'incdec', loc, op, prefix: true, target: operand };
    return { kind: 'unary', loc, op: op as '-' | '+', expr: operand };
  }
  if (e instanceof NegExpressionContext) {
    return { kind: 'unary', loc, op: operatorText(e) as '!' | '~', expr: convertExpr(c, e.expression()) };
  }
  if (e instanceof InstanceOfExpressionContext) {
    return { kind: 'instanceof', loc, expr: convertExpr(c, e.expression()), type: typeRefOf(e.typeRef()) };
  }
  if (e instanceof CondExpressionContext) {
    return {
      kind: 'ternary',
      loc,
      cond: convertExpr(c, e.expression(0)),
      then: convertExpr(c, e.expression(1)),
      else: convertExpr(c, e.expression(2)),
    };
  }
  if (e instanceof AssignExpressionContext) {
    return {
      kind: 'assign',
      loc,
      op: operatorText(e) as AssignOp,
      target: convertExpr(c, e.expression(0)),
      value: convertExpr(c, e.expression(1)),
    };
  }
  const operands = (e.children ?? []).filter(
    (ch): ch is ExpressionContext => ch instanceof ExpressionContext,
  );
  const op = operatorText(e);
  const normalized = op === '<>' ? '!=' : op;
  if (operands.length === 2 && BINARY_OPS.has(normalized)) {
    return {
      kind: 'binary',
      loc,
      op: normalized as BinaryOp,
      left: convertExpr(c, operands[0]),
      right: convertExpr(c, operands[1]),
    };
  }
  throw new NotSupportedError(`expression '${e.getText()}' (${c.file}:${loc.line})`);
}

function convertPrimary(c: ConvertCtx, p: PrimaryContext): Expr {
  const loc = locOf(c, p);
  if (p instanceof ThisPrimaryContext) return { kind: 'this', loc };
  if (p instanceof SuperPrimaryContext) return { kind: 'super', loc };
  if (p instanceof LiteralPrimaryContext) return convertLiteral(c, p.literal());
  if (p instanceof TypeRefPrimaryContext) return { kind: 'classLit', loc, type: typeRefOf(p.typeRef()) };
  if (p instanceof VoidPrimaryContext) return { kind: 'classLit', loc, type: { name: 'void' } };
  if (p instanceof IdPrimaryContext) return { kind: 'name', loc, name: p.id().getText() };
  if (p instanceof SoqlPrimaryContext) return { kind: 'soql', loc, ctx: p.soqlLiteral() };
  if (p instanceof SoslPrimaryContext) return { kind: 'sosl', loc, ctx: p.soslLiteral() };
  throw new NotSupportedError(`primary expression '${p.getText()}'`);
}

export function convertLiteral(c: ConvertCtx, l: LiteralContext): Expr {
  const loc = locOf(c, l);
  const text = l.getText();
  if (opt(l.IntegerLiteral())) return { kind: 'literal', loc, type: 'Integer', value: Number(text) };
  if (opt(l.LongLiteral())) return { kind: 'literal', loc, type: 'Long', value: BigInt(text.slice(0, -1)) };
  if (opt(l.NumberLiteral())) {
    if (/[dD]$/.test(text)) return { kind: 'literal', loc, type: 'Double', value: text.slice(0, -1) };
    return { kind: 'literal', loc, type: 'Decimal', value: text };
  }
  if (opt(l.StringLiteral()) || opt(l.MultilineStringLiteral())) {
    return { kind: 'literal', loc, type: 'String', value: unquote(text) };
  }
  if (opt(l.BooleanLiteral()))
    return { kind: 'literal', loc, type: 'Boolean', value: text.toLowerCase() === 'true' };
  return { kind: 'literal', loc, type: 'Null', value: null };
}

function convertNew(c: ConvertCtx, cr: CreatorContext, loc: Expr['loc']): Expr {
  const pairs = cr.createdName().idCreatedNamePair_list();
  const last = pairs[pairs.length - 1];
  const name = pairs.map((p) => p.anyId().getText()).join('.');
  const argsCtx = opt(last.typeList());
  let type: TypeRef = argsCtx ? { name, args: typeListOf(argsCtx) } : { name };
  let creator: Creator;
  const classRest = opt(cr.classCreatorRest());
  const arrayRest = opt(cr.arrayCreatorRest());
  const mapRest = opt(cr.mapCreatorRest());
  const setRest = opt(cr.setCreatorRest());
  if (classRest) {
    const args = exprList(c, opt(classRest.arguments().expressionList()));
    const named =
      args.length > 0 && args.every((a) => a.kind === 'assign' && a.op === '=' && a.target.kind === 'name');
    creator = named
      ? {
          kind: 'fields',
          pairs: args.map((a) => {
            const as = a as Extract<Expr, { kind: 'assign' }>;
            return { name: (as.target as Extract<Expr, { kind: 'name' }>).name, value: as.value };
          }),
        }
      : { kind: 'args', args };
  } else if (arrayRest) {
    type = { name: 'List', args: [type] };
    const size = opt(arrayRest.expression());
    const init = opt(arrayRest.arrayInitializer());
    if (size) creator = { kind: 'arraySize', size: convertExpr(c, size) };
    else creator = { kind: 'list', items: init ? init.expression_list().map((x) => convertExpr(c, x)) : [] };
  } else if (mapRest) {
    creator = {
      kind: 'map',
      pairs: mapRest.mapCreatorRestPair_list().map((p) => ({
        key: convertExpr(c, p.expression(0)),
        value: convertExpr(c, p.expression(1)),
      })),
    };
  } else if (setRest) {
    creator = { kind: 'list', items: setRest.expression_list().map((x) => convertExpr(c, x)) };
  } else {
    creator = { kind: 'list', items: [] };
  }
  return { kind: 'new', loc, type, creator };
}
