/**
 * `System.Type`. A Type value is a `NativeObject('System.Type', { type: TypeRef })`; the interpreter
 * builds one for `X.class` with {@link typeValue}.
 */
import { NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from '../interp/native';
import { NativeObject, type ApexValue, type TypeRef } from '../interp/values';
import { arity, stringArg } from './args';
import { typeKey, typeToString } from './type-names';

export interface TypePayload {
  type: TypeRef;
}

export const TYPE_CLASS_NAME = 'System.Type';

export function typeValue(type: TypeRef): NativeObject<TypePayload> {
  return new NativeObject<TypePayload>(TYPE_CLASS_NAME, { type });
}

/** The TypeRef of a `System.Type` argument, or undefined when the value is not a Type. */
export function typeOfTypeValue(v: ApexValue): TypeRef | undefined {
  if (v instanceof NativeObject && v.className === TYPE_CLASS_NAME) return (v.payload as TypePayload).type;
  return undefined;
}

function sameType(a: TypeRef, b: TypeRef): boolean {
  return (
    typeKey(a) === typeKey(b) &&
    (a.args ?? []).length === (b.args ?? []).length &&
    (a.args ?? []).every((x, i) => sameType(x, (b.args ?? [])[i]))
  );
}

/** `Type.forName`: Apex classes only (known through `ctx.fieldsOf`); other names are not modelled. */
function forName(ctx: Ctx, qualified: string): ApexValue {
  const type: TypeRef = { name: qualified };
  if (ctx.fieldsOf(type) !== undefined) return typeValue(type);
  throw new NotSupportedError(`Type.forName('${qualified}') for a name that is not an Apex class`);
}

export const TypeClass: NativeClass = {
  name: 'Type',
  namespace: 'System',
  statics: {
    forname: (ctx, _self, args) => {
      arity('Type.forName', args, 1, 2);
      if (args.length === 1) return forName(ctx, stringArg(args, 0, 'Type.forName'));
      const ns = args[0] === null ? '' : stringArg(args, 0, 'Type.forName');
      const name = stringArg(args, 1, 'Type.forName');
      return forName(ctx, ns ? `${ns}.${name}` : name);
    },
  },
  methods: {
    getname: (_ctx, self) => typeToString((self as TypePayload).type),
    tostring: (_ctx, self) => typeToString((self as TypePayload).type),
    newinstance: (ctx, self) => ctx.instantiate((self as TypePayload).type, []),
    equals: (_ctx, self, args) => {
      const other = typeOfTypeValue(args[0] ?? null);
      return other !== undefined && sameType((self as TypePayload).type, other);
    },
    hashcode: (_ctx, self) => {
      let h = 0;
      for (const ch of typeKey((self as TypePayload).type)) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
      return h;
    },
  },
};
