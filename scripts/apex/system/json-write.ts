/**
 * Apex value → JSON tree (`JSON.serialize`), apex-semantics §6: Apex objects in declared field order
 * with nulls written (unless suppressApexObjectNulls) and transient fields skipped; sObjects with
 * `attributes` and only the fields set or queried; Decimal keeps its scale; Date `2015-02-13`,
 * Datetime `2014-07-25T10:47:34.981Z`; Blob as Base64; Id 18 characters.
 */
import { NotSupportedError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexId } from '../lang/id';
import { ApexDouble, formatDouble } from '../lang/numbers';
import type { Ctx } from '../interp/native';
import {
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexSObject,
  NativeObject,
  type ApexValue,
} from '../interp/values';
import { jsonScalarOf } from './json-scalars';
import type { JsonNode } from './json-text';
import { executingApiVersion } from './services-tx';
import { typeToString } from './type-names';

/** A native payload that Apex can serialize (Database.Error, SaveResult …) exposes its JSON properties. */
export interface JsonSerializable {
  jsonProperties(): [string, ApexValue][];
}

function isJsonSerializable(p: unknown): p is JsonSerializable {
  return typeof p === 'object' && p !== null && typeof (p as JsonSerializable).jsonProperties === 'function';
}

export function toJsonNode(ctx: Ctx, value: ApexValue, suppressApexObjectNulls = false): JsonNode {
  return new Writer(ctx, suppressApexObjectNulls).node(value);
}

class Writer {
  private readonly visiting = new Set<object>();
  constructor(
    private readonly ctx: Ctx,
    private readonly suppressNulls: boolean,
  ) {}

  node(v: ApexValue): JsonNode {
    if (v === null || v === undefined) return { kind: 'null' };
    if (typeof v === 'boolean') return { kind: 'boolean', value: v };
    if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'number', text: String(v) };
    if (typeof v === 'string') return { kind: 'string', value: v };
    if (v instanceof ApexDouble) {
      return Number.isFinite(v.value)
        ? { kind: 'number', text: formatDouble(v.value) }
        : { kind: 'string', value: formatDouble(v.value) };
    }
    if (v instanceof Decimal) return { kind: 'number', text: v.toString() };
    if (v instanceof ApexId) return { kind: 'string', value: v.value };
    if (v instanceof ApexEnumValue) return { kind: 'string', value: v.name };
    const scalar = jsonScalarOf(v);
    if (scalar !== undefined) return { kind: 'string', value: scalar };
    return this.nested(v);
  }

  private nested(v: object): JsonNode {
    if (this.visiting.has(v))
      throw new NotSupportedError('JSON.serialize of a structure that contains itself');
    this.visiting.add(v);
    try {
      if (v instanceof ApexList) return { kind: 'array', items: v.items.map((x) => this.node(x)) };
      if (v instanceof ApexSet) return { kind: 'array', items: [...v.values()].map((x) => this.node(x)) };
      if (v instanceof ApexMap) return this.map(v);
      if (v instanceof ApexSObject) return this.sObject(v);
      if (v instanceof ApexObject) return this.apexObject(v);
      if (v instanceof NativeObject && isJsonSerializable(v.payload)) {
        return { kind: 'object', entries: v.payload.jsonProperties().map(([k, x]) => [k, this.node(x)]) };
      }
      throw new NotSupportedError(`JSON.serialize of ${typeToString(this.ctx.typeOf(v as ApexValue))}`);
    } finally {
      this.visiting.delete(v);
    }
  }

  private map(m: ApexMap): JsonNode {
    const entries: [string, JsonNode][] = m.entries().map(([k, x]) => [this.key(k), this.node(x)]);
    return { kind: 'object', entries };
  }

  /** String-like and primitive keys are written as their String form; other keys are not modelled. */
  private key(k: ApexValue): string {
    if (typeof k === 'string') return k;
    if (k instanceof ApexId) return k.value;
    if (k instanceof ApexEnumValue) return k.name;
    if (
      typeof k === 'number' ||
      typeof k === 'bigint' ||
      typeof k === 'boolean' ||
      k instanceof Decimal ||
      k instanceof ApexDouble
    ) {
      return this.ctx.toApexString(k);
    }
    const label = k === null ? 'null' : typeToString(this.ctx.typeOf(k));
    throw new NotSupportedError(`JSON.serialize of a Map with ${label} keys`);
  }

  private sObject(s: ApexSObject): JsonNode {
    const attributes: [string, JsonNode][] = [['type', { kind: 'string', value: s.type }]];
    const id = s.read('Id');
    if (id !== null) {
      const version = executingApiVersion(this.ctx);
      if (!version)
        throw new NotSupportedError('JSON.serialize of an sObject with an Id: the API version is unknown');
      const idText = id instanceof ApexId ? id.value : String(id);
      attributes.push([
        'url',
        { kind: 'string', value: `/services/data/v${version}/sobjects/${s.type}/${idText}` },
      ]);
    }
    const entries: [string, JsonNode][] = [['attributes', { kind: 'object', entries: attributes }]];
    for (const [key, value] of s.fields) {
      const name = s.names.get(key) ?? key;
      entries.push([name, value instanceof ApexList ? this.childRecords(value) : this.node(value)]);
    }
    return { kind: 'object', entries };
  }

  /** A child relationship (subquery result) is written as a query result, as the REST API does. */
  private childRecords(list: ApexList): JsonNode {
    return {
      kind: 'object',
      entries: [
        ['totalSize', { kind: 'number', text: String(list.size) }],
        ['done', { kind: 'boolean', value: true }],
        ['records', { kind: 'array', items: list.items.map((x) => this.node(x)) }],
      ],
    };
  }

  private apexObject(o: ApexObject): JsonNode {
    const type = this.ctx.typeOf(o);
    const fields = this.ctx.fieldsOf(type);
    if (!fields) throw new NotSupportedError(`JSON.serialize of ${typeToString(type)}`);
    const entries: [string, JsonNode][] = [];
    for (const f of fields) {
      if (f.isTransient) continue;
      const value = o.fields.get(f.name.toLowerCase()) ?? null;
      if (value === null && this.suppressNulls) continue;
      entries.push([f.name, this.node(value)]);
    }
    return { kind: 'object', entries };
  }
}
