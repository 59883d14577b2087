import type { ClassDecl, Expr, MethodDecl, Stmt, TriggerDecl } from '../ast';
import { ApexLoadError, parseApexSource } from '../load';

function classOf(source: string): ClassDecl {
  const decl = parseApexSource('T.cls', source).decl;
  if (decl.kind !== 'class') throw new Error(`expected a class, got ${decl.kind}`);
  return decl;
}

function methodBody(body: string, extraMembers = ''): Stmt[] {
  const cls = classOf(`public class T { ${extraMembers} static void m() { ${body} } }`);
  const m = cls.members.find((x): x is MethodDecl => x.kind === 'method' && x.name === 'm');
  if (!m?.body || m.body.kind !== 'block') throw new Error('no body');
  return m.body.body;
}

function exprOf(text: string): Expr {
  const [s] = methodBody(`Object x = ${text};`);
  if (s.kind !== 'local') throw new Error(s.kind);
  const init = s.vars[0].init;
  if (!init) throw new Error('no initialiser');
  return init;
}

describe('declarations', () => {
  test('class modifiers, sharing, extends/implements and annotations', () => {
    const cls = classOf(
      `@IsTest(SeeAllData=false) public with sharing virtual class T extends Base implements A, B.C { }`,
    );
    expect(cls.name).toBe('T');
    expect(cls.mods.access).toBe('public');
    expect(cls.mods.sharing).toBe('with');
    expect(cls.mods.isVirtual).toBe(true);
    expect(cls.mods.annotations).toEqual([{ name: 'istest', params: { seealldata: 'false' } }]);
    expect(cls.extends).toEqual({ name: 'Base' });
    expect(cls.implements).toEqual([{ name: 'A' }, { name: 'B.C' }]);
  });

  test('members: fields sharing one type, methods, constructors, properties, init blocks, inner types', () => {
    const cls = classOf(`public class T {
      private static final Integer A = 1, B;
      public String name { get; private set; }
      public Integer twice { get { return 2; } }
      static { A2 = 3; }
      public T(Integer x) { }
      public abstract class Inner { }
      public enum Color { RED, GREEN }
      public interface Shape { Decimal area(); }
      protected virtual List<Map<String, Set<Id>>> m(String[] xs, Account a) { return null; }
    }`);
    const kinds = cls.members.map((m) => m.kind);
    expect(kinds).toEqual([
      'field',
      'field',
      'property',
      'property',
      'init',
      'ctor',
      'class',
      'enum',
      'interface',
      'method',
    ]);
    const [a, b, name, twice, init] = cls.members;
    expect(a).toMatchObject({ name: 'A', mods: { isStatic: true, isFinal: true, access: 'private' } });
    expect(a.kind === 'field' && a.init).toMatchObject({ kind: 'literal', type: 'Integer', value: 1 });
    expect(b).toMatchObject({ name: 'B', init: null, type: { name: 'Integer' } });
    expect(name).toMatchObject({
      getter: { access: 'default', body: 'auto' },
      setter: { access: 'private', body: 'auto' },
    });
    expect(twice).toMatchObject({ setter: null, getter: { body: { kind: 'block' } } });
    expect(init).toMatchObject({ kind: 'init', isStatic: true });
    const m = cls.members[9] as MethodDecl;
    expect(m.returnType).toEqual({
      name: 'List',
      args: [{ name: 'Map', args: [{ name: 'String' }, { name: 'Set', args: [{ name: 'Id' }] }] }],
    });
    expect(m.params).toEqual([
      { name: 'xs', type: { name: 'List', args: [{ name: 'String' }] } },
      { name: 'a', type: { name: 'Account' } },
    ]);
    expect(m.mods).toMatchObject({ access: 'protected', isVirtual: true });
    expect(cls.members[7]).toMatchObject({ kind: 'enum', constants: ['RED', 'GREEN'] });
    expect(cls.members[8]).toMatchObject({
      kind: 'interface',
      members: [{ name: 'area', body: null, mods: { isAbstract: true } }],
    });
  });

  test('a trigger: object, events, body statements and members', () => {
    const unit = parseApexSource(
      'AccountTrigger.trigger',
      `trigger AccountTrigger on Account (before insert, after update, after undelete) {
        Integer n = Trigger.new.size();
        if (n > 0) { System.debug(n); }
      }`,
    );
    const t = unit.decl as TriggerDecl;
    expect(t.kind).toBe('trigger');
    expect(t.name).toBe('AccountTrigger');
    expect(t.sobject).toBe('Account');
    expect(t.events).toEqual(['before insert', 'after update', 'after undelete']);
    expect(t.body.map((s) => s.kind)).toEqual(['local', 'if']);
  });

  test('the api version is kept; positions carry file and line', () => {
    const unit = parseApexSource('X.cls', 'public class X {\n  void m() {\n    return;\n  }\n}', 58);
    expect(unit.apiVersion).toBe(58);
    const m = (unit.decl as ClassDecl).members[0] as MethodDecl;
    expect(m.loc).toEqual({ file: 'X.cls', line: 2 });
    expect(m.body?.kind === 'block' && m.body.body[0].loc).toEqual({ file: 'X.cls', line: 3 });
  });
});

describe('statements', () => {
  test('control flow statements', () => {
    const kinds = methodBody(`
      for (Integer i = 0, j = 1; i < 3; i++, j++) { continue; }
      for (Account a : accounts) break;
      while (true) { }
      do { } while (false);
      try { throw new X(); } catch (DmlException e) { } catch (Exception e) { } finally { }
      switch on v { when 1, 2 { } when else { } }
      return;
    `).map((s) => s.kind);
    expect(kinds).toEqual(['for', 'forEach', 'while', 'doWhile', 'try', 'switch', 'return']);
  });

  test('for loops: declared init, expression init, updates', () => {
    const [decl, exprInit] = methodBody(`for (Integer i = 0; i < 3; i++) { } for (i = 0; ; ) { }`);
    expect(decl).toMatchObject({ kind: 'for', init: { kind: 'local' }, cond: { kind: 'binary', op: '<' } });
    expect(decl.kind === 'for' && decl.update).toHaveLength(1);
    expect(exprInit).toMatchObject({ kind: 'for', cond: null, update: [] });
    expect(exprInit.kind === 'for' && Array.isArray(exprInit.init)).toBe(true);
  });

  test('try with several catches keeps their types and names in order', () => {
    const [t] = methodBody(`try { } catch (System.DmlException d) { } catch (Exception e) { } finally { }`);
    expect(t).toMatchObject({
      kind: 'try',
      catches: [
        { type: { name: 'System.DmlException' }, name: 'd' },
        { type: { name: 'Exception' }, name: 'e' },
      ],
      finally: { kind: 'block' },
    });
  });

  test('switch values: literals, negatives, longs, null, enum names, types, else', () => {
    const [s, t] = methodBody(`
      switch on v { when -1, 2 { } when 3L { } when 'a' { } when null { } when RED, Color.GREEN { } when else { } }
      switch on o { when Account a { } }
    `);
    if (s.kind !== 'switch' || t.kind !== 'switch') throw new Error('not switches');
    expect(s.whens.map((w) => w.value)).toEqual([
      {
        kind: 'values',
        values: [
          { kind: 'integer', value: -1 },
          { kind: 'integer', value: 2 },
        ],
      },
      { kind: 'values', values: [{ kind: 'long', value: 3n }] },
      { kind: 'values', values: [{ kind: 'string', value: 'a' }] },
      { kind: 'values', values: [{ kind: 'null' }] },
      {
        kind: 'values',
        values: [
          { kind: 'name', parts: ['RED'] },
          { kind: 'name', parts: ['Color', 'GREEN'] },
        ],
      },
      { kind: 'else' },
    ]);
    expect(t.whens[0].value).toEqual({ kind: 'type', type: { name: 'Account' }, name: 'a' });
  });

  test('DML statements with access levels, upsert field and merge', () => {
    const stmts = methodBody(`
      insert as user acc; update as system acc; delete acc; undelete acc;
      upsert acc Account.Ext__c; merge master dup;
    `);
    expect(stmts.map((s) => (s.kind === 'dml' ? [s.op, s.access] : s.kind))).toEqual([
      ['insert', 'user'],
      ['update', 'system'],
      ['delete', null],
      ['undelete', null],
      ['upsert', null],
      ['merge', null],
    ]);
    expect(stmts[4]).toMatchObject({ upsertField: 'Account.Ext__c' });
    expect(stmts[5]).toMatchObject({
      expr: { kind: 'name', name: 'master' },
      mergeWith: { kind: 'name', name: 'dup' },
    });
  });

  test('System.runAs becomes a runAs statement', () => {
    const [s] = methodBody(`System.runAs(u) { Integer x = 1; }`);
    expect(s).toMatchObject({ kind: 'runAs', args: [{ kind: 'name', name: 'u' }], body: { kind: 'block' } });
  });
});

describe('expressions', () => {
  test('literals: Integer, Long, Decimal, Double, String escapes, Boolean, null', () => {
    expect(exprOf('42')).toMatchObject({ kind: 'literal', type: 'Integer', value: 42 });
    expect(exprOf('42L')).toMatchObject({ kind: 'literal', type: 'Long', value: 42n });
    expect(exprOf('1.50')).toMatchObject({ kind: 'literal', type: 'Decimal', value: '1.50' });
    expect(exprOf('1.5d')).toMatchObject({ kind: 'literal', type: 'Double', value: '1.5' });
    expect(exprOf(`'it\\'s\\n\\u0041\\\\'`)).toMatchObject({
      kind: 'literal',
      type: 'String',
      value: "it's\nA\\",
    });
    expect(exprOf('TRUE')).toMatchObject({ kind: 'literal', type: 'Boolean', value: true });
    expect(exprOf('null')).toMatchObject({ kind: 'literal', type: 'Null', value: null });
  });

  test('operators: precedence, shifts from three tokens, <> as !=, ??, exact equality', () => {
    expect(exprOf('1 + 2 * 3')).toMatchObject({
      kind: 'binary',
      op: '+',
      left: { value: 1 },
      right: { kind: 'binary', op: '*' },
    });
    expect(exprOf('a >>> 2')).toMatchObject({ kind: 'binary', op: '>>>' });
    expect(exprOf('a >> 2')).toMatchObject({ kind: 'binary', op: '>>' });
    expect(exprOf('a >= 2')).toMatchObject({ kind: 'binary', op: '>=' });
    expect(exprOf('a <> b')).toMatchObject({ kind: 'binary', op: '!=' });
    expect(exprOf('a === b')).toMatchObject({ kind: 'binary', op: '===' });
    expect(exprOf('a ?? b ?? c')).toMatchObject({ kind: 'binary', op: '??' });
    expect(exprOf('!a && -b < ~c')).toMatchObject({
      kind: 'binary',
      op: '&&',
      left: { kind: 'unary', op: '!' },
      right: { kind: 'binary', op: '<', left: { kind: 'unary', op: '-' }, right: { kind: 'unary', op: '~' } },
    });
    expect(exprOf('a ? b : c')).toMatchObject({ kind: 'ternary' });
    expect(exprOf('x instanceof Account')).toMatchObject({ kind: 'instanceof', type: { name: 'Account' } });
    expect(exprOf('(Account) x')).toMatchObject({ kind: 'cast', type: { name: 'Account' } });
    expect(exprOf('i++')).toMatchObject({ kind: 'incdec', op: '++', prefix: false });
    expect(exprOf('--i')).toMatchObject({ kind: 'incdec', op: '--', prefix: true });
    expect(exprOf('a >>>= 1')).toMatchObject({ kind: 'assign', op: '>>>=' });
  });

  test('member access: safe navigation, calls, indexes, class literals', () => {
    expect(exprOf('a?.b.c(1, 2)')).toMatchObject({
      kind: 'call',
      name: 'c',
      safe: false,
      args: [{ value: 1 }, { value: 2 }],
      target: { kind: 'field', name: 'b', safe: true, target: { kind: 'name', name: 'a' } },
    });
    expect(exprOf('a?.m()')).toMatchObject({ kind: 'call', name: 'm', safe: true, args: [] });
    expect(exprOf('m(1)')).toMatchObject({ kind: 'call', target: null, name: 'm' });
    expect(exprOf('xs[i + 1]')).toMatchObject({ kind: 'index', index: { kind: 'binary', op: '+' } });
    expect(exprOf('Account.class')).toMatchObject({ kind: 'classLit', type: { name: 'Account' } });
    expect(exprOf('this.x')).toMatchObject({ kind: 'field', target: { kind: 'this' } });
  });

  test('new: field pairs for sObjects, collections with initialisers, arrays, maps', () => {
    expect(exprOf(`new Account(Name = 'x', Phone = p)`)).toMatchObject({
      kind: 'new',
      type: { name: 'Account' },
      creator: { kind: 'fields', pairs: [{ name: 'Name' }, { name: 'Phone' }] },
    });
    expect(exprOf('new Foo(1, b)')).toMatchObject({ creator: { kind: 'args', args: [{}, {}] } });
    expect(exprOf('new List<Integer>{1, 2}')).toMatchObject({
      type: { name: 'List', args: [{ name: 'Integer' }] },
      creator: { kind: 'list', items: [{}, {}] },
    });
    expect(exprOf('new Set<String>{ }')).toMatchObject({ creator: { kind: 'list', items: [] } });
    expect(exprOf('new String[3]')).toMatchObject({
      type: { name: 'List', args: [{ name: 'String' }] },
      creator: { kind: 'arraySize', size: { value: 3 } },
    });
    expect(exprOf('new Integer[]{1}')).toMatchObject({ creator: { kind: 'list', items: [{ value: 1 }] } });
    expect(exprOf(`new Map<String, Integer>{'a' => 1}`)).toMatchObject({
      creator: { kind: 'map', pairs: [{ key: { value: 'a' }, value: { value: 1 } }] },
    });
    expect(exprOf('new Outer.Inner()')).toMatchObject({ type: { name: 'Outer.Inner' } });
  });

  test('inline SOQL and SOSL keep the parser context', () => {
    const q = exprOf('[SELECT Id FROM Account WHERE Name = :n]');
    expect(q.kind).toBe('soql');
    expect(q.kind === 'soql' && q.ctx.getText()).toContain('SELECTIdFROMAccount');
    expect(exprOf(`[FIND 'x' IN ALL FIELDS RETURNING Account]`).kind).toBe('sosl');
  });
});

function loadError(file: string, source: string): ApexLoadError {
  try {
    parseApexSource(file, source);
  } catch (e) {
    if (e instanceof ApexLoadError) return e;
    throw e;
  }
  throw new Error('parsed without an error');
}

describe('load errors', () => {
  test('a syntax error names the file and line', () => {
    const e = loadError('Bad.cls', 'public class Bad {\n  void m() {\n    Integer = ;\n  }\n}');
    expect(e.file).toBe('Bad.cls');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^Bad\.cls:3: /);
  });
  test('an unterminated string is a load error from the lexer', () => {
    expect(loadError('L.cls', "public class L {\n String s = 'abc; }").line).toBe(2);
  });
  test('a trigger source parsed with the class grammar is an error', () => {
    expect(loadError('T.cls', 'trigger T on Account (before insert) { }').line).toBe(1);
  });
});
