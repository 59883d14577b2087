/** The standard Campaign object: its fields, defaults and the ChildCampaigns relationship. */
import { runSnippet as run } from '../../test/snippet';

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
