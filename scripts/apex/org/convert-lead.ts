/**
 * `Database.convertLead`: each lead becomes an Account (unless one is given), a Contact (unless
 * one is given) and optionally an Opportunity, inserted through the DML engine (their triggers
 * run), then the lead is updated (its update triggers run) with Status, IsConverted, ConvertedDate
 * and the Converted*Id lookups.
 */
import { NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ApexError } from '../lang/errors';
import { ApexSObject, type ApexValue } from '../interp/values';
import type { StoredRecord } from './model';
import { runDml, type DmlContext, type DmlOptions } from './dml';
import { dmlError, type DmlError, type DmlRowResult } from './dml-results';

/** `Database.LeadConvert`. */
export interface LeadConvertRequest {
  leadId: string | null;
  convertedStatus: string | null;
  accountId?: string | null;
  contactId?: string | null;
  opportunityName?: string | null;
  doNotCreateOpportunity?: boolean;
  ownerId?: string | null;
}

/** `Database.LeadConvertResult`. */
export interface LeadConvertResult {
  leadId: string | null;
  accountId: string | null;
  contactId: string | null;
  opportunityId: string | null;
  success: boolean;
  errors: DmlError[];
}

const MAX_PER_CALL = 100;

const CONTACT_FIELDS: [string, string][] = [
  ['FirstName', 'FirstName'],
  ['LastName', 'LastName'],
  ['Salutation', 'Salutation'],
  ['Email', 'Email'],
  ['Phone', 'Phone'],
  ['MobilePhone', 'MobilePhone'],
  ['Title', 'Title'],
  ['LeadSource', 'LeadSource'],
  ['Description', 'Description'],
  ['Street', 'MailingStreet'],
  ['City', 'MailingCity'],
  ['State', 'MailingState'],
  ['PostalCode', 'MailingPostalCode'],
  ['Country', 'MailingCountry'],
];
const ACCOUNT_FIELDS: [string, string][] = [
  ['Company', 'Name'],
  ['Phone', 'Phone'],
  ['Website', 'Website'],
  ['Industry', 'Industry'],
  ['Street', 'BillingStreet'],
  ['City', 'BillingCity'],
  ['State', 'BillingState'],
  ['PostalCode', 'BillingPostalCode'],
  ['Country', 'BillingCountry'],
];

function build(
  type: string,
  lead: StoredRecord,
  mapping: [string, string][],
  extra: Record<string, ApexValue>,
): ApexSObject {
  const s = new ApexSObject(type);
  for (const [from, to] of mapping) if ((lead[from] ?? null) !== null) s.write(to, lead[from]);
  for (const [k, v] of Object.entries(extra)) if (v !== null) s.write(k, v);
  return s;
}

interface Work {
  req: LeadConvertRequest;
  lead?: StoredRecord;
  result: LeadConvertResult;
}

/**
 * Converts leads. `today` is the user's current Date (ConvertedDate, the opportunity's CloseDate).
 * With `allOrNone` a failure rolls back every conversion of the call and throws the DmlException.
 */
export async function convertLeads(
  ctx: DmlContext,
  requests: LeadConvertRequest[],
  opts: Omit<DmlOptions, 'externalIdField' | 'platformWrites'> & { today: ApexValue },
): Promise<LeadConvertResult[]> {
  if (requests.length > MAX_PER_CALL)
    throw new NotSupportedError(`Database.convertLead with more than ${MAX_PER_CALL} leads`);
  const start = await ctx.store.savepoint();
  const statuses = (await ctx.store.scan('LeadStatus'))
    .filter((s) => s.IsConverted === true)
    .map((s) => String(s.MasterLabel));
  const work: Work[] = [];
  for (const req of requests) {
    const leadId = req.leadId ? ApexId.of(req.leadId).value : null;
    const result: LeadConvertResult = {
      leadId,
      accountId: null,
      contactId: null,
      opportunityId: null,
      success: false,
      errors: [],
    };
    const lead = leadId ? await ctx.store.get(leadId) : undefined;
    if (!lead || !leadId?.startsWith('00Q'))
      result.errors.push(dmlError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'));
    else if (lead.IsConverted === true)
      result.errors.push(dmlError('CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead'));
    else if (!req.convertedStatus || !statuses.includes(req.convertedStatus)) {
      result.errors.push(dmlError('INVALID_STATUS', `invalid convertedStatus: ${req.convertedStatus}`));
    }
    work.push({ req, lead, result });
  }
  const dmlOpts: DmlOptions = { allOrNone: false, userMode: opts.userMode, withSharing: opts.withSharing };
  const stage = async (
    pick: (w: Work) => ApexSObject | null,
    store: (w: Work, id: string) => void,
  ): Promise<void> => {
    const rows = work.filter((w) => w.result.errors.length === 0).map((w) => ({ w, rec: pick(w) }));
    const todo = rows.filter((r): r is { w: Work; rec: ApexSObject } => r.rec !== null);
    const results: DmlRowResult[] = await runDml(
      ctx,
      'insert',
      todo.map((r) => r.rec),
      dmlOpts,
    );
    todo.forEach((r, i) =>
      results[i].success ? store(r.w, results[i].id as string) : r.w.result.errors.push(...results[i].errors),
    );
  };
  const owner = (w: Work): ApexValue =>
    w.req.ownerId ? ApexId.of(w.req.ownerId) : (w.lead?.OwnerId ?? null);
  for (const w of work) {
    if (w.req.accountId) w.result.accountId = ApexId.of(w.req.accountId).value;
    if (w.req.contactId) w.result.contactId = ApexId.of(w.req.contactId).value;
  }
  await stage(
    (w) =>
      w.result.accountId
        ? null
        : build('Account', w.lead as StoredRecord, ACCOUNT_FIELDS, { OwnerId: owner(w) }),
    (w, id) => (w.result.accountId = id),
  );
  await stage(
    (w) =>
      w.result.contactId
        ? null
        : build('Contact', w.lead as StoredRecord, CONTACT_FIELDS, {
            AccountId: ApexId.of(w.result.accountId as string),
            OwnerId: owner(w),
          }),
    (w, id) => (w.result.contactId = id),
  );
  const stages = ctx.store.schema.object('Opportunity')?.fields.get('stagename')?.picklistValues ?? [];
  await stage(
    (w) =>
      w.req.doNotCreateOpportunity
        ? null
        : build('Opportunity', w.lead as StoredRecord, [['LeadSource', 'LeadSource']], {
            Name: w.req.opportunityName ?? `${String(w.lead?.Company)}-`,
            StageName: stages[0]?.value ?? null,
            CloseDate: opts.today,
            AccountId: ApexId.of(w.result.accountId as string),
            OwnerId: owner(w),
          }),
    (w, id) => (w.result.opportunityId = id),
  );
  const ready = work.filter((w) => w.result.errors.length === 0);
  const updates = ready.map((w) => {
    const s = new ApexSObject('Lead');
    s.write('Id', ApexId.of(w.result.leadId as string));
    s.write('Status', w.req.convertedStatus);
    s.write('IsConverted', true);
    s.write('ConvertedDate', opts.today);
    s.write('ConvertedAccountId', ApexId.of(w.result.accountId as string));
    s.write('ConvertedContactId', ApexId.of(w.result.contactId as string));
    s.write('ConvertedOpportunityId', w.result.opportunityId ? ApexId.of(w.result.opportunityId) : null);
    return s;
  });
  const platformWrites = new Set([
    'isconverted',
    'converteddate',
    'convertedaccountid',
    'convertedcontactid',
    'convertedopportunityid',
  ]);
  const leadResults = await runDml(ctx, 'update', updates, { ...dmlOpts, platformWrites });
  ready.forEach((w, i) => w.result.errors.push(...leadResults[i].errors));
  for (const w of work) {
    w.result.success = w.result.errors.length === 0;
    if (!w.result.success) w.result.accountId = w.result.contactId = w.result.opportunityId = null;
  }
  const failed = work.findIndex((w) => !w.result.success);
  if (failed >= 0 && opts.allOrNone) {
    await ctx.store.rollback(start);
    const e = work[failed].result.errors[0];
    throw new ApexError(
      'System.DmlException',
      `ConvertLead failed. First exception on row ${failed}; first error: ${e.statusCode}, ${e.message}: [${e.fields.join(', ')}]`,
      {
        rows: work.flatMap((w, index) =>
          w.result.success ? [] : [{ index, id: w.result.leadId, ...w.result.errors[0] }],
        ),
      },
    );
  }
  return work.map((w) => w.result);
}
