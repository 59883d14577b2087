/**
 * `POST /__apex/<Class>.<method>` as Lightning runs it: the `@AuraEnabled` static method of the real
 * Apex class, in its own transaction as the signed-in user. Parameters are matched by name and read
 * like Lightning reads them (JSON → the declared parameter type, DTO classes included); the result
 * is serialized like Lightning (`lightning-json.ts`). Errors: an `AuraHandledException` reaches the
 * component with its message; any other uncaught exception as Lightning's generic internal server
 * error, the Apex exception going to the server log. Either way the transaction's DML rolls back.
 */
import { NotSupportedError } from '../../apex/lang/errors';
import { ApexThrow } from '../../apex/interp/exception-object';
import type { ClassInfo } from '../../apex/interp/classes';
import type { Registry } from '../../apex/interp/registry';
import type { MethodDecl } from '../../apex/parse/ast';
import type { TypeRef } from '../../apex/interp/values';
import { typed } from '../../apex/system/json-read';
import type { JsonNode } from '../../apex/system/json-text';
import { parseJson } from '../../apex/system/json-text';
import type { ApexHost } from './apex-host';
import { toLightningJson } from './lightning-json';

export const INTERNAL_ERROR = 'An internal server error has occurred';

/** What the server answers: `{ result }` with 200, or an error body for the client (`client/apex.js`). */
export type AuraResponse =
  | { status: 200; body: { result: unknown } }
  | { status: 400 | 404 | 500; body: { message: string; exceptionType: string } };

function findMethod(reg: Registry, name: string): { cls: ClassInfo; method: MethodDecl } | string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return `No such Apex method: ${name}`;
  const r = reg.resolve(name.slice(0, dot), null);
  if (r?.kind !== 'apex') return `No such Apex class: ${name.slice(0, dot)}`;
  const candidates = (r.cls.methods.get(name.slice(dot + 1).toLowerCase()) ?? []).filter(
    (m) => m.mods.isStatic && m.mods.annotations.some((a) => a.name === 'auraenabled'),
  );
  if (candidates.length === 0) return `No such @AuraEnabled method: ${name}`;
  if (candidates.length > 1) throw new NotSupportedError(`overloaded @AuraEnabled method ${name}`);
  return { cls: r.cls, method: candidates[0] };
}

/** A parameter's declared type, qualified from the declaring class (`CustomizationDtos.Option`). */
function qualify(reg: Registry, t: TypeRef, from: ClassInfo): TypeRef {
  const r = reg.resolve(t.name, from);
  const name = r?.kind === 'apex' ? r.cls.name : t.name;
  return { ...t, name, args: t.args?.map((a) => qualify(reg, a, from)) };
}

export async function callAura(
  host: ApexHost,
  reg: Registry,
  name: string,
  params: Record<string, unknown>,
): Promise<AuraResponse> {
  const found = findMethod(reg, name);
  if (typeof found === 'string')
    return { status: 404, body: { message: found, exceptionType: 'System.UnexpectedException' } };
  const { cls, method } = found;
  const byName = new Map(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
  try {
    const result = await host.run(async (tx) => {
      const args = [];
      for (const p of method.params) {
        const raw = byName.get(p.name.toLowerCase());
        const node: JsonNode = raw === undefined ? { kind: 'null' } : parseJson(JSON.stringify(raw));
        args.push(await typed(tx.engine, node, qualify(reg, p.type, cls), false));
      }
      const value = await tx.callStatic(cls.name, method.name, args);
      return toLightningJson(reg, value);
    });
    return { status: 200, body: { result: result ?? null } };
  } catch (e) {
    if (e instanceof ApexThrow && e.exception.info.name.toLowerCase() === 'system.aurahandledexception') {
      return {
        status: 400,
        body: { message: e.exception.message ?? '', exceptionType: 'System.AuraHandledException' },
      };
    }
    const detail =
      e instanceof ApexThrow
        ? `${e.exception.info.name}: ${e.exception.message ?? ''}\n${e.exception.stackTrace}`
        : e instanceof Error
          ? (e.stack ?? e.message)
          : String(e);
    console.error(`apex ${name}: ${detail}`);
    return { status: 500, body: { message: INTERNAL_ERROR, exceptionType: '' } };
  }
}

/**
 * Calls of `@AuraEnabled` methods on a local org that give the `result`, or an Error naming the
 * method and the answer (for code that drives the Apex as the components do, without a browser).
 */
export function auraCaller(org: {
  apex: ApexHost;
  runtime: { registry: Registry };
}): (name: string, params?: Record<string, unknown>) => Promise<unknown> {
  return async (name, params = {}) => {
    const answer = await callAura(org.apex, org.runtime.registry, name, params);
    if (answer.status !== 200)
      throw new Error(`${name}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.result;
  };
}
