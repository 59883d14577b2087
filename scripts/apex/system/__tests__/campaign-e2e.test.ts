/** The standard Campaign object: its fields, defaults and the ChildCampaigns relationship. */
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
    units: [parseApexSource('T.cls', `public class T { public static Object run() { ${body} } }`)],
    natives: NATIVE_CLASSES,
    platform: orgPlatform(metadata.schema),
  });
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(0));
  return openTestTransaction(runtime, org).callStatic('T', 'run');
}

it('inserts campaigns with the default status and reads children through ChildCampaigns', async () => {
  expect(
    await run(`
      Campaign parent = new Campaign(Name = 'Spring', Type = 'Email', IsActive = true, BudgetedCost = 1000);
      insert parent;
      insert new Campaign(Name = 'Spring - wave 1', ParentId = parent.Id, StartDate = Date.newInstance(2026, 3, 1));
      Campaign p = [SELECT Status, IsActive, (SELECT Name FROM ChildCampaigns) FROM Campaign WHERE Id = :parent.Id];
      return p.Status + '|' + p.IsActive + '|' + p.ChildCampaigns[0].Name + '|'
        + String.valueOf(parent.Id).left(3) + '|' + Campaign.ExpectedResponse.getDescribe().getType();
    `),
  ).toBe('Planned|true|Spring - wave 1|701|PERCENT');
});

it('requires a Name', async () => {
  await expect(run(`insert new Campaign(); return null;`)).rejects.toThrow(/REQUIRED_FIELD_MISSING/);
});
