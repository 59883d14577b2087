/** `System.UserInfo` and the `System.TimeZone` it returns: the running user's record, the org Id, time zone and locale. */
import { ApexId } from '../lang/id';
import { offsetAt, resolveZone } from '../lang/time-zone';
import { ApexDatetime } from '../lang/temporal';
import { NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { NativeObject, type ApexValue } from '../interp/values';
import type { StoredRecord } from '../org/model';
import { arity, nullPointer, stringArg, unsupportedOverload } from './args';
import { services } from './services';

export interface TimeZonePayload {
  /** IANA id. */
  id: string;
}

export const TIME_ZONE = 'System.TimeZone';

export function timeZoneValue(id: string): NativeObject<TimeZonePayload> {
  return new NativeObject<TimeZonePayload>(TIME_ZONE, { id });
}

/** The running user's User record (Name, Username, Email, ProfileId …) from the record store. */
async function userRecord(ctx: Ctx): Promise<StoredRecord> {
  const s = services(ctx);
  const id = s.userId();
  const record = await s.store.get(id);
  if (!record) throw new NotSupportedError(`UserInfo for a running user (${id}) without a User record`);
  return record;
}

function field(record: StoredRecord, name: string): ApexValue {
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : (record[key] ?? null);
}

/** A no-argument UserInfo getter of a User field. */
function userField(method: string, fieldName: string): NativeFn<null> {
  return async (ctx, _self, args) => {
    arity(`UserInfo.${method}`, args, 0);
    return field(await userRecord(ctx), fieldName);
  };
}

/** `User.Name` is compound: the stored Name, else First + Last. */
async function fullName(ctx: Ctx): Promise<ApexValue> {
  const u = await userRecord(ctx);
  const stored = field(u, 'Name');
  if (stored !== null) return stored;
  return [field(u, 'FirstName'), field(u, 'LastName')].filter((x) => x !== null).join(' ');
}

export const UserInfoClass: NativeClass = {
  name: 'UserInfo',
  namespace: 'System',
  statics: {
    getuserid: (ctx, _self, args) => {
      arity('UserInfo.getUserId', args, 0);
      return ApexId.of(services(ctx).userId());
    },
    getorganizationid: (ctx, _self, args) => {
      arity('UserInfo.getOrganizationId', args, 0);
      return ApexId.of(services(ctx).orgId);
    },
    gettimezone: (ctx, _self, args) => {
      arity('UserInfo.getTimeZone', args, 0);
      return timeZoneValue(services(ctx).timeZone());
    },
    getlocale: (ctx, _self, args) => {
      arity('UserInfo.getLocale', args, 0);
      return services(ctx).locale();
    },
    getname: (ctx, _self, args) => {
      arity('UserInfo.getName', args, 0);
      return fullName(ctx);
    },
    getusername: userField('getUserName', 'Username'),
    getuseremail: userField('getUserEmail', 'Email'),
    getfirstname: userField('getFirstName', 'FirstName'),
    getlastname: userField('getLastName', 'LastName'),
    getprofileid: userField('getProfileId', 'ProfileId'),
    getlanguage: userField('getLanguage', 'LanguageLocaleKey'),
    getusertype: userField('getUserType', 'UserType'),
  },
};

const zoneOf = (self: unknown): string => (self as TimeZonePayload).id;

export const TimeZoneClass: NativeClass = {
  name: 'TimeZone',
  namespace: 'System',
  statics: {
    gettimezone: (_ctx, _self, args) => {
      arity('TimeZone.getTimeZone', args, 1);
      // An unknown id gives GMT, as Apex does.
      return timeZoneValue(resolveZone(stringArg(args, 0, 'TimeZone.getTimeZone')));
    },
  },
  methods: {
    getid: (_ctx, self) => zoneOf(self),
    tostring: (_ctx, self) => zoneOf(self),
    getoffset: (_ctx, self, args) => {
      arity('TimeZone.getOffset', args, 1);
      const at = args[0];
      if (at === null) throw nullPointer();
      if (!(at instanceof ApexDatetime)) throw unsupportedOverload('TimeZone.getOffset', args);
      return offsetAt(Number(at.getTime()), zoneOf(self));
    },
  },
};
