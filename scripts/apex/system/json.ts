/** `System.JSON`: serialize, serializePretty, deserialize, deserializeStrict, deserializeUntyped (apex-semantics §6). */
import { NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from '../interp/native';
import type { ApexValue, TypeRef } from '../interp/values';
import { arity, boolArg, nullPointer, stringArg } from './args';
import { typed, untyped } from './json-read';
import { parseJson, writeJson } from './json-text';
import { toJsonNode } from './json-write';
import { typeOfTypeValue } from './type';

function serialize(ctx: Ctx, args: ApexValue[], pretty: boolean): string {
  const method = pretty ? 'JSON.serializePretty' : 'JSON.serialize';
  arity(method, args, 1, 2);
  const suppressNulls = args.length === 2 ? boolArg(args, 1, method) : false;
  return writeJson(toJsonNode(ctx, args[0] ?? null, suppressNulls), pretty);
}

function targetType(args: ApexValue[], typeArgs: TypeRef[] | undefined, method: string): TypeRef {
  arity(method, args, 2);
  if (args[1] === null) throw nullPointer();
  const type = typeOfTypeValue(args[1]) ?? typeArgs?.[0];
  if (!type) throw new NotSupportedError(`${method} with a second argument that is not a System.Type`);
  return type;
}

/** A parse result counted on the heap as it lands in the caller's variables. */
function measured(ctx: Ctx, value: ApexValue): ApexValue {
  ctx.allocated?.(value);
  return value;
}

export const JsonClass: NativeClass = {
  name: 'JSON',
  namespace: 'System',
  statics: {
    serialize: (ctx, _self, args) => serialize(ctx, args, false),
    serializepretty: (ctx, _self, args) => serialize(ctx, args, true),
    deserializeuntyped: (ctx, _self, args) => {
      arity('JSON.deserializeUntyped', args, 1);
      return measured(ctx, untyped(parseJson(stringArg(args, 0, 'JSON.deserializeUntyped'))));
    },
    deserialize: async (ctx, _self, args, typeArgs) => {
      const type = targetType(args, typeArgs, 'JSON.deserialize');
      return measured(ctx, await typed(ctx, parseJson(stringArg(args, 0, 'JSON.deserialize')), type, false));
    },
    deserializestrict: async (ctx, _self, args, typeArgs) => {
      const type = targetType(args, typeArgs, 'JSON.deserializeStrict');
      return measured(
        ctx,
        await typed(ctx, parseJson(stringArg(args, 0, 'JSON.deserializeStrict')), type, true),
      );
    },
  },
};
