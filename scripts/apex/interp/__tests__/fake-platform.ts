/** A minimal platform for interpreter tests: sObjects without schema, queries answered from a list. */
import { NotSupportedError } from '../../lang/errors';
import type { Platform } from '../platform';
import type { Transaction } from '../transaction';
import { ApexList, ApexSObject } from '../values';

/** Every inline query counts against the SOQL limit and returns copies of `rows` as `Account` records. */
export function listPlatform(rows: Record<string, unknown>[]): Platform {
  return {
    sobjectType: (name) => (name.toLowerCase() === 'account' ? 'Account' : undefined),
    fieldType: () => undefined,
    newSObject: (_ctx, type, fields) => {
      const r = new ApexSObject(type);
      for (const [k, v] of fields) r.write(k, v);
      return r;
    },
    sobjectStatic: () => Promise.reject(new NotSupportedError('sObject statics in the test platform')),
    dml: () => Promise.reject(new NotSupportedError('DML in the test platform')),
    query: (ctx) => {
      (ctx.tx as Transaction).limits.count('queries');
      const out = rows.map((row) => {
        const r = new ApexSObject('Account');
        for (const [k, v] of Object.entries(row)) r.write(k, v as string);
        r.queried = new Set(Object.keys(row).map((k) => k.toLowerCase()));
        return r;
      });
      return Promise.resolve(new ApexList({ name: 'Account' }, out));
    },
  };
}
