/**
 * `Database.*` (DML with allOrNone and AccessLevel, dynamic SOQL, savepoints), `System.AccessLevel`
 * and `System.Savepoint`. DML statements (`insert x;`) reach the same engine through the platform.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import type { RuntimeTransaction } from '../interp/runtime';
import { ApexList, ApexMap, NativeObject, type ApexValue } from '../interp/values';
import type { DmlOperation } from '../org/dml-results';
import { dynamicQuery, type BindNode } from '../soql';
import { rowResultValue } from './dml-result-classes';
import { performDml, queryEnv, runQuery } from './org-platform';
import { services } from './services';
import { SObjectFieldPayload } from './schema-tokens';

interface AccessLevelPayload {
  mode: 'user' | 'system';
}

const ACCESS_LEVEL = 'System.AccessLevel';

function accessLevel(v: ApexValue | undefined): 'user' | 'system' | undefined {
  return v instanceof NativeObject && v.className === ACCESS_LEVEL
    ? (v.payload as AccessLevelPayload).mode
    : undefined;
}

/** The sharing of the class whose code called `Database.*`. */
function callerSharing(ctx: Ctx): boolean {
  const stack = (ctx.tx as RuntimeTransaction).classStack;
  return stack[stack.length - 1]?.sharing === 'with';
}

/** Splits `(records, [allOrNone | DMLOptions], [AccessLevel])`. */
function dmlArgs(
  args: ApexValue[],
  from: number,
): { allOrNone: boolean; userMode: boolean; duplicateRules?: { allowSave: boolean } } {
  let allOrNone = true;
  let mode: 'user' | 'system' = 'system';
  let duplicateRules: { allowSave: boolean } | undefined;
  for (const a of args.slice(from)) {
    if (typeof a === 'boolean') allOrNone = a;
    else if (accessLevel(a)) mode = accessLevel(a)!;
    else if (a instanceof NativeObject && a.className === DML_OPTIONS) {
      const o = a.payload as DmlOptionsPayload;
      if (o.optAllOrNone !== null) allOrNone = o.optAllOrNone;
      if (o.allowFieldTruncation) throw new NotSupportedError('DMLOptions.allowFieldTruncation');
      duplicateRules = { allowSave: (o.duplicateRuleHeader.payload as DuplicateHeader).allowSave };
    } else if (a !== null) throw new NotSupportedError('this Database DML argument');
  }
  return { allOrNone, userMode: mode === 'user', duplicateRules };
}

const DML_OPTIONS = 'Database.DMLOptions';

interface DuplicateHeader {
  allowSave: boolean;
  runAsCurrentUser: boolean;
}

interface AssignmentHeader {
  useDefaultRule: boolean;
  assignmentRuleId: ApexValue;
}

interface DmlOptionsPayload {
  optAllOrNone: boolean | null;
  allowFieldTruncation: boolean;
  duplicateRuleHeader: NativeObject<DuplicateHeader>;
  assignmentRuleHeader: NativeObject<AssignmentHeader>;
}

const bool = (v: ApexValue): boolean => v === true;

/** `Database.DMLOptions` and its headers: plain settable properties. */
const DML_OPTIONS_CLASSES: NativeClass[] = [
  {
    name: 'DMLOptions',
    namespace: 'Database',
    construct: () =>
      new NativeObject<DmlOptionsPayload>(DML_OPTIONS, {
        optAllOrNone: null,
        allowFieldTruncation: false,
        duplicateRuleHeader: new NativeObject('Database.DMLOptions.DuplicateRuleHeader', {
          allowSave: false,
          runAsCurrentUser: false,
        }),
        assignmentRuleHeader: new NativeObject('Database.DMLOptions.AssignmentRuleHeader', {
          useDefaultRule: false,
          assignmentRuleId: null,
        }),
      }),
    props: {
      optallornone: (_c, self) => (self as DmlOptionsPayload).optAllOrNone,
      allowfieldtruncation: (_c, self) => (self as DmlOptionsPayload).allowFieldTruncation,
      duplicateruleheader: (_c, self) => (self as DmlOptionsPayload).duplicateRuleHeader,
      assignmentruleheader: (_c, self) => (self as DmlOptionsPayload).assignmentRuleHeader,
    },
    setProps: {
      optallornone: (_c, self, v) => {
        (self as DmlOptionsPayload).optAllOrNone = v === null ? null : bool(v);
      },
      allowfieldtruncation: (_c, self, v) => {
        (self as DmlOptionsPayload).allowFieldTruncation = bool(v);
      },
    },
  },
  {
    name: 'DMLOptions.DuplicateRuleHeader',
    namespace: 'Database',
    props: {
      allowsave: (_c, self) => (self as DuplicateHeader).allowSave,
      runascurrentuser: (_c, self) => (self as DuplicateHeader).runAsCurrentUser,
    },
    setProps: {
      allowsave: (_c, self, v) => {
        (self as DuplicateHeader).allowSave = bool(v);
      },
      runascurrentuser: (_c, self, v) => {
        (self as DuplicateHeader).runAsCurrentUser = bool(v);
      },
    },
  },
  {
    // The offline org has no assignment rules: using the default rule assigns nothing.
    name: 'DMLOptions.AssignmentRuleHeader',
    namespace: 'Database',
    props: {
      usedefaultrule: (_c, self) => (self as AssignmentHeader).useDefaultRule,
      assignmentruleid: (_c, self) => (self as AssignmentHeader).assignmentRuleId,
    },
    setProps: {
      usedefaultrule: (_c, self, v) => {
        (self as AssignmentHeader).useDefaultRule = bool(v);
      },
      assignmentruleid: (_c, self, v) => {
        (self as AssignmentHeader).assignmentRuleId = v;
      },
    },
  },
];

function dml(op: DmlOperation): NativeFn<null> {
  return async (ctx, _s, args) => {
    const [value] = args;
    if (value === null || value === undefined) {
      throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
    }
    let externalIdField: string | undefined;
    let from = 1;
    if (
      op === 'upsert' &&
      args[1] instanceof NativeObject &&
      args[1].payload instanceof SObjectFieldPayload
    ) {
      externalIdField = (args[1].payload as SObjectFieldPayload).field;
      from = 2;
    }
    const opts = dmlArgs(args, from);
    const results = await performDml(ctx, op, value, {
      ...opts,
      withSharing: callerSharing(ctx),
      externalIdField,
    });
    const values = results.map((r) => rowResultValue(op, r));
    if (!(value instanceof ApexList)) return values[0];
    const resultType =
      op === 'upsert'
        ? 'Database.UpsertResult'
        : `Database.${op === 'delete' ? 'Delete' : op === 'undelete' ? 'Undelete' : 'Save'}Result`;
    return new ApexList({ name: resultType }, values);
  };
}

function queryFn(kind: 'query' | 'countQuery' | 'queryWithBinds'): NativeFn<null> {
  return async (ctx, _s, args) => {
    const [text] = args;
    if (typeof text !== 'string')
      throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
    const binds = kind === 'queryWithBinds' ? args[1] : null;
    if (kind === 'queryWithBinds' && !(binds instanceof ApexMap)) {
      throw new ApexError(
        'System.QueryException',
        'queryWithBinds expects a Map<String, Object> of bind variables',
      );
    }
    const mode = accessLevel(args[kind === 'queryWithBinds' ? 2 : 1]) ?? 'system';
    const model = dynamicQuery(text);
    const resolveBind = (node: BindNode): ApexValue => {
      if (binds instanceof ApexMap && node.name) {
        const key = binds
          .keys()
          .find((k) => typeof k === 'string' && k.toLowerCase() === node.name!.toLowerCase());
        if (key !== undefined) return binds.get(key);
        throw new ApexError('System.QueryException', `Key '${node.name}' does not exist in the bindMap`);
      }
      throw new NotSupportedError(
        `bind variable :${node.text} in Database.${kind} (local variables are not visible offline; use queryWithBinds)`,
      );
    };
    const env = queryEnv(
      ctx,
      { access: mode, sharing: callerSharing(ctx) ? 'with' : 'without', apiVersion: 0 },
      resolveBind,
    );
    const result = await runQuery(ctx, model, env);
    if (kind === 'countQuery') {
      if (typeof result !== 'number')
        throw new ApexError('System.QueryException', 'countQuery expects a SELECT COUNT() query');
      return result;
    }
    return result;
  };
}

interface SavepointPayload {
  token: unknown;
}

export const DATABASE_CLASSES: NativeClass[] = [
  {
    name: 'Database',
    namespace: 'System',
    statics: {
      insert: dml('insert'),
      update: dml('update'),
      upsert: dml('upsert'),
      delete: dml('delete'),
      undelete: dml('undelete'),
      query: queryFn('query'),
      querywithbinds: queryFn('queryWithBinds'),
      countquery: queryFn('countQuery'),
      setsavepoint: async (ctx) => {
        (ctx.tx as RuntimeTransaction).limits.count('dmlStatements');
        const token = await services(ctx).store.savepoint();
        return new NativeObject<SavepointPayload>('System.Savepoint', { token });
      },
      rollback: async (ctx, _s, [sp]) => {
        if (!(sp instanceof NativeObject) || sp.className !== 'System.Savepoint') {
          throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
        }
        (ctx.tx as RuntimeTransaction).limits.count('dmlStatements');
        await services(ctx).store.rollback((sp.payload as SavepointPayload).token);
        return null;
      },
    },
  },
  {
    name: 'AccessLevel',
    namespace: 'System',
    staticProps: {
      user_mode: () => new NativeObject<AccessLevelPayload>(ACCESS_LEVEL, { mode: 'user' }),
      system_mode: () => new NativeObject<AccessLevelPayload>(ACCESS_LEVEL, { mode: 'system' }),
    },
  },
  { name: 'Savepoint', namespace: 'System' },
  ...DML_OPTIONS_CLASSES,
];
