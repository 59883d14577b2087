/**
 * `Database.convertLead`, `Database.LeadConvert` and `Database.LeadConvertResult`, bound to the org
 * model's conversion (`org/convert-lead.ts`): the records it inserts and the lead update go through
 * the DML engine with the transaction's triggers. One call counts as one DML statement.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import type { RuntimeTransaction } from '../interp/runtime';
import { ApexList, NativeObject, type ApexValue } from '../interp/values';
import { ApexId } from '../lang/id';
import { ApexDatetime } from '../lang/temporal';
import { convertLeads, type LeadConvertRequest, type LeadConvertResult } from '../org/convert-lead';
import { errorValue } from './dml-result-classes';
import { dmlContext } from './org-platform';
import { services } from './services';

const LEAD_CONVERT = 'Database.LeadConvert';
const RESULT = 'Database.LeadConvertResult';

const idOrNull = (v: ApexValue): string | null =>
  v === null ? null : ApexId.of(String(v instanceof ApexId ? v.value : v)).value;
const idValue = (id: string | null | undefined): ApexValue => (id ? ApexId.of(id) : null);
const text = (v: ApexValue): string | null => (v === null ? null : String(v));

function setter(apply: (r: LeadConvertRequest, v: ApexValue) => void): NativeFn {
  return (_ctx, self, [v]) => {
    apply(self as LeadConvertRequest, v ?? null);
    return null;
  };
}

function getter(read: (r: LeadConvertRequest) => ApexValue): NativeFn {
  return (_ctx, self) => read(self as LeadConvertRequest);
}

const LEAD_CONVERT_CLASS: NativeClass = {
  name: 'LeadConvert',
  namespace: 'Database',
  construct: () =>
    new NativeObject<LeadConvertRequest>(LEAD_CONVERT, {
      leadId: null,
      convertedStatus: null,
      accountId: null,
      contactId: null,
      opportunityName: null,
      doNotCreateOpportunity: false,
      ownerId: null,
    }),
  methods: {
    setleadid: setter((r, v) => (r.leadId = idOrNull(v))),
    setconvertedstatus: setter((r, v) => (r.convertedStatus = text(v))),
    setaccountid: setter((r, v) => (r.accountId = idOrNull(v))),
    setcontactid: setter((r, v) => (r.contactId = idOrNull(v))),
    setopportunityname: setter((r, v) => (r.opportunityName = text(v))),
    setdonotcreateopportunity: setter((r, v) => (r.doNotCreateOpportunity = v === true)),
    setownerid: setter((r, v) => (r.ownerId = idOrNull(v))),
    setsendnotificationemail: setter(() => undefined),
    getleadid: getter((r) => idValue(r.leadId)),
    getconvertedstatus: getter((r) => r.convertedStatus),
    getaccountid: getter((r) => idValue(r.accountId)),
    getcontactid: getter((r) => idValue(r.contactId)),
    getopportunityname: getter((r) => r.opportunityName ?? null),
    isdonotcreateopportunity: getter((r) => r.doNotCreateOpportunity === true),
    getownerid: getter((r) => idValue(r.ownerId)),
  },
};

function resultGetter(read: (r: LeadConvertResult) => ApexValue): NativeFn {
  return (_ctx, self) => read(self as LeadConvertResult);
}

const LEAD_CONVERT_RESULT_CLASS: NativeClass = {
  name: 'LeadConvertResult',
  namespace: 'Database',
  methods: {
    issuccess: resultGetter((r) => r.success),
    getleadid: resultGetter((r) => idValue(r.leadId)),
    getaccountid: resultGetter((r) => idValue(r.accountId)),
    getcontactid: resultGetter((r) => idValue(r.contactId)),
    getopportunityid: resultGetter((r) => idValue(r.opportunityId)),
    geterrors: resultGetter(
      (r) =>
        new ApexList(
          { name: 'Database.Error' },
          r.errors.map((e) => errorValue(e)),
        ),
    ),
  },
};

function requestOf(v: ApexValue): LeadConvertRequest {
  if (v instanceof NativeObject && v.className === LEAD_CONVERT) return v.payload as LeadConvertRequest;
  throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
}

/** `(converts, [allOrNone | AccessLevel]…)`. */
function options(args: ApexValue[]): { allOrNone: boolean; userMode: boolean } {
  let allOrNone = true;
  let userMode = false;
  for (const a of args) {
    if (typeof a === 'boolean') allOrNone = a;
    else if (a instanceof NativeObject && a.className === 'System.AccessLevel')
      userMode = (a.payload as { mode: string }).mode === 'user';
    else if (a !== null) throw new NotSupportedError('this Database.convertLead argument');
  }
  return { allOrNone, userMode };
}

const convertLead: NativeFn<null> = async (ctx: Ctx, _s, [converts, ...rest]) => {
  if (converts === null || converts === undefined)
    throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
  const list = converts instanceof ApexList;
  const requests = list ? converts.items.map(requestOf) : [requestOf(converts)];
  const tx = ctx.tx as RuntimeTransaction;
  tx.limits.count('dmlStatements');
  tx.limits.count('dmlRows', requests.length);
  tx.hasUncommittedWork = true;
  const dml = dmlContext(ctx);
  const stack = tx.classStack;
  const results = await convertLeads(dml, requests, {
    ...options(rest),
    withSharing: stack[stack.length - 1]?.sharing === 'with',
    today: ApexDatetime.fromInstant(services(ctx).now()).date(services(ctx).timeZone()),
  });
  const values = results.map((r) => new NativeObject<LeadConvertResult>(RESULT, r));
  return list ? new ApexList({ name: RESULT }, values) : values[0];
};

export const LEAD_CONVERT_CLASSES: NativeClass[] = [
  { name: 'Database', namespace: 'System', statics: { convertlead: convertLead } },
  LEAD_CONVERT_CLASS,
  LEAD_CONVERT_RESULT_CLASS,
];
