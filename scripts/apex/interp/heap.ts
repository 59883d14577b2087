/**
 * Heap size, approximated by walking what the transaction can still reach (statics, the locals and
 * `this` of every executing frame, plus values a native call is about to return) and adding up a
 * size model of each value. Unreachable values are simply not found, so releasing needs no
 * bookkeeping. The model (see docs/apex-runtime.md, "Limits"): a String counts one byte per UTF-16
 * unit, as an org counts a BMP character; every slot holding a value (a local, a list element, a
 * field, a map key or value) counts 8; a collection, sObject or object header counts 16; scalars
 * count 8 (Decimal 16, Id 18); a Blob its bytes. A String held in two slots counts twice (an org
 * does the same for a String added twice to a list); a collection, sObject or object reached twice
 * counts once.
 */
import { ApexBlob } from '../lang/blob';
import { ApexId } from '../lang/id';
import { Decimal } from '../lang/decimal';
import { ApexList, ApexMap, ApexObject, ApexSet, ApexSObject, NativeObject, type ApexValue } from './values';

const SLOT = 8;
const HEADER = 16;
const SCALAR = 8;

export interface HeapMeasure {
  bytes: number;
  /** Values visited: the cost of the walk, which paces the next one. */
  nodes: number;
}

/** Walks `roots` (values and everything they reach) once and returns the modelled size. */
export function measureHeap(roots: Iterable<ApexValue>): HeapMeasure {
  const seen = new Set<object>();
  const stack: unknown[] = [];
  let bytes = 0;
  let nodes = 0;
  const push = (v: unknown): void => {
    bytes += SLOT;
    if (v !== null && v !== undefined) stack.push(v);
  };
  for (const root of roots) push(root);
  while (stack.length) {
    const v = stack.pop();
    nodes++;
    if (typeof v === 'string') {
      bytes += v.length;
      continue;
    }
    if (typeof v !== 'object' || v === null) {
      bytes += SCALAR;
      continue;
    }
    if (seen.has(v)) continue;
    seen.add(v);
    if (v instanceof ApexList) {
      bytes += HEADER;
      for (const item of v.items) push(item);
    } else if (v instanceof ApexSet) {
      bytes += HEADER;
      for (const item of v.values()) push(item);
    } else if (v instanceof ApexMap) {
      bytes += HEADER;
      for (const [key, value] of v.entries()) {
        push(key);
        push(value);
      }
    } else if (v instanceof ApexSObject || v instanceof ApexObject) {
      bytes += HEADER;
      for (const value of v.fields.values()) push(value);
    } else if (v instanceof NativeObject) {
      bytes += HEADER + payloadBytes(v.payload, push);
    } else {
      bytes += scalarBytes(v);
    }
  }
  return { bytes, nodes };
}

function scalarBytes(v: object): number {
  if (v instanceof ApexBlob) return v.bytes.length;
  if (v instanceof ApexId) return v.value.length;
  if (v instanceof Decimal) return 2 * SCALAR;
  return SCALAR;
}

/**
 * A built-in object's state, one level deep: its text and bytes (an HttpResponse body) and the Apex
 * values it holds. Deeper JS structures are the platform's own, not the transaction's heap.
 */
function payloadBytes(payload: unknown, push: (v: unknown) => void): number {
  if (typeof payload !== 'object' || payload === null) return 0;
  let bytes = 0;
  const one = (value: unknown): void => {
    if (typeof value === 'string') bytes += SLOT + value.length;
    else if (value instanceof Uint8Array) bytes += SLOT + value.length;
    else if (isApexObjectValue(value)) push(value);
  };
  const values = payload instanceof Map ? [...payload.keys(), ...payload.values()] : Object.values(payload);
  for (const value of values) {
    if (!(value instanceof Map)) one(value);
    else
      for (const [k, x] of value) {
        one(k);
        one(x);
      }
  }
  return bytes;
}

function isApexObjectValue(v: unknown): boolean {
  return (
    v instanceof ApexList ||
    v instanceof ApexSet ||
    v instanceof ApexMap ||
    v instanceof ApexSObject ||
    v instanceof ApexObject ||
    v instanceof NativeObject ||
    v instanceof ApexBlob
  );
}
