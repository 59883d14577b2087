/**
 * `Database.convertLead` as Apex code meets it: the Account, Contact and Opportunity it creates,
 * the results' getters and errors, allOrNone, and the Lead update triggers it fires.
 */
import { ApexDatetime } from '../../lang/temporal';
import { parseApexSource } from '../../parse/load';
import { ApexRuntime } from '../../interp/runtime';
import { createLocalOrg, loadOrgMetadata } from '../../org/org';
import { openTestTransaction } from '../../test/runner';
import { NATIVE_CLASSES } from '../index';
import { orgPlatform } from '../org-platform';

const metadata = loadOrgMetadata();

async function run(body: string): Promise<unknown> {
  const runtime = ApexRuntime.load({
    units: [
      parseApexSource(
        'T.cls',
        `public class T { public static List<String> seen = new List<String>(); public static Object run() { ${body} } }`,
      ),
      parseApexSource(
        'LeadSeen.trigger',
        `trigger LeadSeen on Lead (after update) { for (Lead l : Trigger.new) T.seen.add(l.Status + ':' + l.IsConverted); }`,
      ),
    ],
    natives: NATIVE_CLASSES,
    platform: orgPlatform(metadata.schema),
  });
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(0));
  return openTestTransaction(runtime, org).callStatic('T', 'run');
}

const SETUP = `
  String status = [SELECT MasterLabel FROM LeadStatus WHERE IsConverted = true LIMIT 1].MasterLabel;
  Lead lead = new Lead(FirstName = 'Ann', LastName = 'Lee', Company = 'Acme', Email = 'ann@example.com');
  insert lead;
  Database.LeadConvert lc = new Database.LeadConvert();
  lc.setLeadId(lead.Id);
  lc.setConvertedStatus(status);
`;

it('creates the Account, Contact and Opportunity and marks the lead converted (triggers fire)', async () => {
  expect(
    await run(`${SETUP}
      lc.setOpportunityName('Acme deal');
      Database.LeadConvertResult r = Database.convertLead(lc);
      Lead after = [SELECT IsConverted, ConvertedAccountId, ConvertedContactId, ConvertedOpportunityId FROM Lead];
      Contact c = [SELECT Name, Email, AccountId, Account.Name FROM Contact];
      Opportunity o = [SELECT Name, AccountId FROM Opportunity];
      return r.isSuccess() + '|' + (r.getLeadId() == lead.Id) + '|' + after.IsConverted + '|'
        + (after.ConvertedContactId == r.getContactId()) + '|' + (after.ConvertedOpportunityId == r.getOpportunityId()) + '|'
        + c.Name + '|' + c.Email + '|' + c.Account.Name + '|' + (c.AccountId == r.getAccountId()) + '|' + o.Name + '|'
        + (o.AccountId == r.getAccountId()) + '|' + T.seen + '|' + lc.getConvertedStatus().equals(status) + '|'
        + Limits.getDmlStatements();
    `),
  ).toBe(
    'true|true|true|true|true|Ann Lee|ann@example.com|Acme|true|Acme deal|true|(Closed - Converted:true)|true|2',
  );
});

it('uses a given account and creates no opportunity when told not to', async () => {
  expect(
    await run(`${SETUP}
      Account a = new Account(Name = 'Existing');
      insert a;
      lc.setAccountId(a.Id);
      lc.setDoNotCreateOpportunity(true);
      List<Database.LeadConvertResult> rs = Database.convertLead(new List<Database.LeadConvert>{ lc });
      return rs.size() + '|' + (rs[0].getAccountId() == a.Id) + '|' + rs[0].getOpportunityId() + '|'
        + [SELECT COUNT() FROM Account] + '|' + [SELECT COUNT() FROM Opportunity] + '|' + lc.isDoNotCreateOpportunity();
    `),
  ).toBe('1|true|null|1|0|true');
});

it('reports a bad converted status in the result when allOrNone is false, and throws otherwise', async () => {
  expect(
    await run(`${SETUP}
      lc.setConvertedStatus('Open - Not Contacted');
      Database.LeadConvertResult r = Database.convertLead(lc, false);
      String out = r.isSuccess() + '|' + r.getErrors()[0].getStatusCode() + '|' + r.getAccountId() + '|' + [SELECT COUNT() FROM Account];
      try {
        Database.convertLead(lc);
        out += '|no exception';
      } catch (DmlException e) {
        out += '|' + e.getMessage().startsWith('ConvertLead failed. First exception on row 0; first error: INVALID_STATUS');
      }
      return out + '|' + T.seen.size();
    `),
  ).toBe('false|INVALID_STATUS|null|0|true|0');
});
