/**
 * JSON tree → Apex values: `JSON.deserializeUntyped` (Map<String,ANY> / List<ANY> / String / Boolean /
 * Integer, Long past 32 bits, Decimal for fractions / null) and typed `JSON.deserialize(Strict)` into
 * primitives, collections, Apex classes and sObjects (apex-semantics §6): keys match fields case-
 * insensitively, unknown keys are ignored (strict: `Unknown field: Demo.first`, sObjects:
 * `No such column 'first' on sobject of type Account`), missing keys leave fields untouched.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexId } from '../lang/id';
import { ApexDouble, wrap32 } from '../lang/numbers';
import type { Ctx } from '../interp/native';
import {
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexSObject,
  type ApexValue,
  type TypeRef,
} from '../interp/values';
import { jsonScalarFrom, JSON_SCALAR_TYPES } from './json-scalars';
import type { JsonNode } from './json-text';
import { sObjectKey } from './json-sobject-fields';
import { services } from './services';
import { STRING_TYPE, typeKey, typeToString, UNTYPED } from './type-names';

type ObjectNode = Extract<JsonNode, { kind: 'object' }>;

const jsonError = (message: string): ApexError => new ApexError('System.JSONException', message);

const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** A JSON number as deserializeUntyped types it: Integer, Long beyond 32 bits, Decimal otherwise. */
export function untypedNumber(text: string): ApexValue {
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n >= INT_MIN && n <= INT_MAX) return Number(n);
    if (n >= LONG_MIN && n <= LONG_MAX) return n;
  }
  return Decimal.valueOf(text);
}

export function untyped(node: JsonNode): ApexValue {
  switch (node.kind) {
    case 'null':
      return null;
    case 'boolean':
      return node.value;
    case 'string':
      return node.value;
    case 'number':
      return untypedNumber(node.text);
    case 'array':
      return new ApexList(UNTYPED, node.items.map(untyped));
    case 'object': {
      const m = new ApexMap(STRING_TYPE, UNTYPED);
      for (const [k, v] of node.entries) m.set(k, untyped(v));
      return m;
    }
  }
}

const PRIMITIVES = new Set(['string', 'id', 'boolean', 'integer', 'long', 'double', 'decimal']);

export async function typed(ctx: Ctx, node: JsonNode, type: TypeRef, strict: boolean): Promise<ApexValue> {
  return new TypedReader(ctx, strict).read(node, type);
}

class TypedReader {
  constructor(
    private readonly ctx: Ctx,
    private readonly strict: boolean,
  ) {}

  async read(node: JsonNode, type: TypeRef): Promise<ApexValue> {
    const key = typeKey(type);
    if (key === 'object' || key === 'any') return untyped(node);
    if (node.kind === 'null') return null;
    if (PRIMITIVES.has(key)) return this.primitive(node, key, type);
    if (JSON_SCALAR_TYPES.has(key)) return jsonScalarFrom(this.scalarText(node, type), key);
    if (key === 'list' || key === 'set') return this.collection(node, type, key);
    if (key === 'map') return this.map(node, type);
    if (key === 'sobject') return this.genericSObject(node);
    return this.instance(node, type);
  }

  private scalarText(node: JsonNode, type: TypeRef): string {
    if (node.kind === 'string') return node.value;
    if (node.kind === 'number') return node.text;
    throw jsonError(`Cannot deserialize instance of ${typeKey(type)} from ${tokenName(node)} value`);
  }

  private primitive(node: JsonNode, key: string, type: TypeRef): ApexValue {
    if (node.kind === 'object' || node.kind === 'array') {
      throw jsonError(`Cannot deserialize instance of ${typeKey(type)} from ${tokenName(node)} value`);
    }
    const text =
      node.kind === 'string'
        ? node.value
        : node.kind === 'number'
          ? node.text
          : node.kind === 'boolean'
            ? String(node.value)
            : 'null';
    switch (key) {
      case 'string':
        return text;
      case 'id':
        return ApexId.of(text);
      case 'boolean':
        if (node.kind === 'boolean') return node.value;
        if (text === 'true' || text === 'false') return text === 'true';
        throw jsonError(`Cannot deserialize instance of boolean from ${tokenName(node)} value`);
      case 'integer':
        return wrap32(Number(this.integral(node, text, INT_MIN, INT_MAX, 'Integer')));
      case 'long':
        return this.integral(node, text, LONG_MIN, LONG_MAX, 'Long');
      case 'double':
        return new ApexDouble(this.numeric(node, text, 'Double').toNumber());
      default:
        return this.numeric(node, text, 'Decimal');
    }
  }

  private numeric(node: JsonNode, text: string, what: string): Decimal {
    if (node.kind === 'boolean')
      throw jsonError(`Cannot deserialize instance of ${what} from ${tokenName(node)} value`);
    try {
      return Decimal.valueOf(text.trim());
    } catch {
      throw jsonError(
        `Cannot deserialize instance of ${what} from String value '${text}': not a valid representation`,
      );
    }
  }

  /** Integral numbers; a fraction is truncated (Jackson's float-as-int coercion). */
  private integral(node: JsonNode, text: string, min: bigint, max: bigint, what: string): bigint {
    const d = this.numeric(node, text, what);
    const n = d.setScale(0, 'DOWN').unscaled;
    if (n < min || n > max) {
      throw jsonError(`Numeric value (${text}) out of range of ${what === 'Integer' ? 'int' : 'long'}`);
    }
    return n;
  }

  private async collection(node: JsonNode, type: TypeRef, key: string): Promise<ApexValue> {
    if (node.kind !== 'array') throw jsonError("Malformed JSON: Expected '[' at the beginning of List/Set");
    const element = type.args?.[0] ?? UNTYPED;
    const items: ApexValue[] = [];
    for (const item of node.items) items.push(await this.read(item, element));
    if (key === 'list') return new ApexList(element, items);
    const set = new ApexSet(element);
    for (const v of items) set.add(v);
    return set;
  }

  private async map(node: JsonNode, type: TypeRef): Promise<ApexValue> {
    if (node.kind !== 'object') throw jsonError("Malformed JSON: Expected '{' at the beginning of object");
    const keyType = type.args?.[0] ?? STRING_TYPE;
    const valueType = type.args?.[1] ?? UNTYPED;
    const m = new ApexMap(keyType, valueType);
    for (const [k, v] of node.entries) {
      m.set(await this.read({ kind: 'string', value: k }, keyType), await this.read(v, valueType));
    }
    return m;
  }

  /** `List<SObject>` and friends: the concrete type comes from `attributes.type`. */
  private async genericSObject(node: JsonNode): Promise<ApexValue> {
    if (node.kind !== 'object') throw jsonError("Malformed JSON: Expected '{' at the beginning of object");
    const attributes = node.entries.find(([k]) => k.toLowerCase() === 'attributes')?.[1];
    const typeName =
      attributes?.kind === 'object'
        ? attributes.entries.find(([k]) => k.toLowerCase() === 'type')?.[1]
        : undefined;
    if (typeName?.kind !== 'string')
      throw new NotSupportedError('JSON.deserialize into SObject without attributes.type');
    return this.instance(node, { name: typeName.value });
  }

  private async instance(node: JsonNode, type: TypeRef): Promise<ApexValue> {
    if (node.kind !== 'object') throw jsonError("Malformed JSON: Expected '{' at the beginning of object");
    const target = await this.ctx.instantiate(type, []);
    if (target instanceof ApexSObject) return this.fillSObject(node, target);
    if (target instanceof ApexObject) return this.fillObject(node, target, type);
    throw new NotSupportedError(`JSON.deserialize into ${typeToString(type)}`);
  }

  private async fillObject(node: ObjectNode, target: ApexObject, type: TypeRef): Promise<ApexValue> {
    const fields = this.ctx.fieldsOf(type);
    if (!fields) throw new NotSupportedError(`JSON.deserialize into ${typeToString(type)}`);
    const byName = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
    for (const [k, v] of node.entries) {
      const f = byName.get(k.toLowerCase());
      if (!f || f.isTransient) {
        if (this.strict) throw jsonError(`Unknown field: ${typeToString(this.ctx.typeOf(target))}.${k}`);
        continue;
      }
      target.fields.set(f.name.toLowerCase(), await this.read(v, qualifyMemberType(this.ctx, type, f.type)));
    }
    return target;
  }

  /** Fields typed from the schema; parent relationships nest, child relationships read `{"records": [...]}`. */
  private async fillSObject(node: ObjectNode, target: ApexSObject): Promise<ApexValue> {
    const object = services(this.ctx).schema.object(target.type);
    if (!object) throw new NotSupportedError(`JSON.deserialize into ${target.type}: not in the schema`);
    for (const [k, v] of node.entries) {
      if (k.toLowerCase() === 'attributes') continue;
      const key = sObjectKey(object, k);
      if (!key) {
        if (this.strict) throw jsonError(`No such column '${k}' on sobject of type ${object.name}`);
        continue;
      }
      if (key.kind === 'children') {
        const records =
          v.kind === 'object' ? v.entries.find(([name]) => name.toLowerCase() === 'records')?.[1] : v;
        target.write(key.name, records ? await this.read(records, { name: 'List', args: [key.type] }) : null);
      } else target.write(key.name, await this.read(v, key.type));
    }
    return target;
  }
}

/**
 * A field's declared type as seen from its class: an unqualified name that is an inner class of the
 * declaring class or of one of its outer classes (`Item` in `Dto`) becomes `Dto.Item`.
 */
function qualifyMemberType(ctx: Ctx, owner: TypeRef, type: TypeRef): TypeRef {
  const args = type.args?.map((a) => qualifyMemberType(ctx, owner, a));
  if (!type.name.includes('.')) {
    const parts = owner.name.split('.');
    for (let n = parts.length; n > 0; n--) {
      const candidate = { name: `${parts.slice(0, n).join('.')}.${type.name}` };
      if (ctx.fieldsOf(candidate) !== undefined) return args ? { ...candidate, args } : candidate;
    }
  }
  return args ? { ...type, args } : type;
}

function tokenName(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'START_OBJECT';
    case 'array':
      return 'START_ARRAY';
    case 'string':
      return 'VALUE_STRING';
    case 'number':
      return /^-?\d+$/.test(node.text) ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT';
    case 'boolean':
      return node.value ? 'VALUE_TRUE' : 'VALUE_FALSE';
    case 'null':
      return 'VALUE_NULL';
  }
}
