import { ApexId } from '../../lang/id';
import { convertLeads } from '../convert-lead';
import { context, dml, dmlFailure, newOrg, recordId, sobject } from './helpers';

describe('Database.convertLead', () => {
  it('creates account, contact and opportunity and marks the lead converted, firing lead update triggers', async () => {
    const org = await newOrg();
    const events: string[] = [];
    const ctx = context(org, undefined, (chunk) => {
      events.push(`${chunk.objectName}.${chunk.event}`);
      if (chunk.objectName === 'Lead' && chunk.event === 'afterUpdate') {
        const lead = chunk.newRecords?.[0];
        events.push(`converted=${String(lead?.read('IsConverted'))}`);
      }
      return Promise.resolve();
    });
    const lead = sobject('Lead', {
      FirstName: 'Grace',
      LastName: 'Hopper',
      Company: 'Navy',
      Email: 'g@navy.mil',
    });
    await dml(ctx, 'insert', [lead]);
    events.length = 0;
    const leadId = recordId(lead);
    const [r] = await convertLeads(ctx, [{ leadId, convertedStatus: 'Closed - Converted' }], {
      allOrNone: true,
      userMode: false,
      withSharing: false,
      today: 'today',
    });
    expect(r.success).toBe(true);
    expect(await org.store.get(r.accountId as string)).toMatchObject({ Name: 'Navy' });
    expect(await org.store.get(r.contactId as string)).toMatchObject({
      Name: 'Grace Hopper',
      Email: 'g@navy.mil',
    });
    expect(await org.store.get(r.opportunityId as string)).toMatchObject({
      Name: 'Navy-',
      CloseDate: 'today',
    });
    const stored = await org.store.get(leadId);
    expect(stored).toMatchObject({ IsConverted: true, Status: 'Closed - Converted', ConvertedDate: 'today' });
    expect((stored?.ConvertedContactId as ApexId).value).toBe(r.contactId);
    expect(events).toEqual([
      'Account.beforeInsert',
      'Account.afterInsert',
      'Contact.beforeInsert',
      'Contact.afterInsert',
      'Opportunity.beforeInsert',
      'Opportunity.afterInsert',
      'Lead.beforeUpdate',
      'Lead.afterUpdate',
      'converted=true',
    ]);
  });

  it('skips the opportunity on request and refuses a converted lead or a bad status', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const lead = sobject('Lead', { LastName: 'L', Company: 'C' });
    await dml(ctx, 'insert', [lead]);
    const leadId = recordId(lead);
    const opts = { allOrNone: false, userMode: false, withSharing: false, today: 'today' };
    const [bad] = await convertLeads(ctx, [{ leadId, convertedStatus: 'Open - Not Contacted' }], opts);
    expect(bad.errors[0]).toEqual({
      statusCode: 'INVALID_STATUS',
      message: 'invalid convertedStatus: Open - Not Contacted',
      fields: [],
    });
    const [ok] = await convertLeads(
      ctx,
      [{ leadId, convertedStatus: 'Closed - Converted', doNotCreateOpportunity: true }],
      opts,
    );
    expect([ok.success, ok.opportunityId]).toEqual([true, null]);
    const e = await dmlFailure(
      convertLeads(ctx, [{ leadId, convertedStatus: 'Closed - Converted' }], { ...opts, allOrNone: true }),
    );
    expect(e.message).toBe(
      'ConvertLead failed. First exception on row 0; first error: CANNOT_UPDATE_CONVERTED_LEAD, cannot reference converted lead: []',
    );
    expect(await org.store.scan('Opportunity')).toEqual([]);
  });
});
