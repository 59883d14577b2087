/** A record's related list in the workbench (`standard__recordRelationshipPage`): only that record's children. */
import { WorkbenchOrg } from '../org/local-org';
import { relatedList } from '../ui-api';

test("lists exactly one record's children through the child relationship, 404 for an unknown one", async () => {
  const org = await WorkbenchOrg.open({ dataDir: 'memory://' });
  const [mine, other] = await org.insert('Sync_Run__c', [
    { Kind__c: 'Manual', Status__c: 'Failed' },
    { Kind__c: 'Manual', Status__c: 'Completed' },
  ]);
  await org.insert('Event_Log__c', [
    {
      Type__c: 'Job Error',
      Message__c: 'mine 1',
      Sync_Run__c: mine.Id,
      Occurred_At__c: '2026-11-28T03:00:00Z',
    },
    {
      Type__c: 'Callout Error',
      Message__c: 'mine 2',
      Sync_Run__c: mine.Id,
      Occurred_At__c: '2026-11-28T04:00:00Z',
    },
    { Type__c: 'Sync Summary', Message__c: 'other', Sync_Run__c: other.Id },
    { Type__c: 'Configuration', Message__c: 'no run' },
  ]);

  const list = relatedList(org, String(mine.Id), 'event_logs__r');

  expect(list.label).toBe(`Event Log of ${String(mine.Name)}`);
  expect(list.rows.map((r) => (r as Record<string, unknown>).Message__c)).toEqual(['mine 2', 'mine 1']); // newest first
  expect(list.columns[0]).toEqual(expect.objectContaining({ fieldName: 'recordUrl' }));
  expect(() => relatedList(org, String(mine.Id), 'Nope__r')).toThrow(/has no related list Nope__r/);
}, 60_000);
