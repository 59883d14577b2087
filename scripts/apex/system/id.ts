/** `System.Id` (`Id.valueOf`, `to15`) and the `System.RoundingMode` enum. */
import { NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ROUNDING_MODES } from '../lang/rounding';
import type { NativeClass } from '../interp/native';
import { arity, stringArg } from './args';
import { OBJECT_METHODS } from './object-methods';
import { schemaOf, sObjectTypeToken } from './schema-tokens';

export const IdClass: NativeClass = {
  name: 'Id',
  namespace: 'System',
  statics: {
    /** `Id.valueOf(s)`: `System.StringException: Invalid id: s` when malformed (apex-semantics §2.4). */
    valueof: (_ctx, _self, args) => {
      arity('Id.valueOf', args, 1, 2);
      if (args[0] === null) return null;
      if (args.length === 2) throw new NotSupportedError('Id.valueOf(str, restoreCasing)');
      return ApexId.of(stringArg(args, 0, 'Id.valueOf'));
    },
  },
  methods: {
    ...OBJECT_METHODS,
    to15: (_ctx, self) => (self as ApexId).to15(),
    /** The object whose key prefix starts the Id, from the org schema. */
    getsobjecttype: (ctx, self, args) => {
      arity('Id.getSObjectType', args, 0);
      const id = self as ApexId;
      const schema = schemaOf(ctx);
      const info = schema.byKeyPrefix(id.keyPrefix);
      if (!info)
        throw new NotSupportedError(
          `Id.getSObjectType() for key prefix ${id.keyPrefix}, which no object in the schema has`,
        );
      return sObjectTypeToken(schema, info.name);
    },
  },
};

export const RoundingModeEnum: NativeClass = {
  name: 'RoundingMode',
  namespace: 'System',
  enumValues: [...ROUNDING_MODES],
};
