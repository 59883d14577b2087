/**
 * `Database.DMLOptions` and the standard duplicate rules, as Apex code meets them: an alert stops
 * the insert only when the DuplicateRuleHeader does not allow the save, and the error carries the
 * matching records.
 */
import { runSnippet as run } from '../../test/snippet';

const SETUP = `
  insert new Contact(FirstName = 'Ada', LastName = 'Lovelace', Email = 'ada@example.com');
  Database.DMLOptions o = new Database.DMLOptions();
  o.optAllOrNone = false;
  o.AssignmentRuleHeader.useDefaultRule = true;
`;

it('stops a duplicate Lead with the matching Contact when the save is not allowed', async () => {
  expect(
    await run(`${SETUP}
      o.DuplicateRuleHeader.allowSave = false;
      Database.SaveResult r = Database.insert(new Lead(LastName = 'L', Company = 'C', Email = 'ADA@example.com'), o);
      Database.Error e = r.getErrors()[0];
      Datacloud.DuplicateResult d = ((Database.DuplicateError) e).getDuplicateResult();
      Contact match = (Contact) d.getMatchResults()[0].getMatchRecords()[0].getRecord();
      return r.isSuccess() + '|' + (e instanceof Database.DuplicateError) + '|' + e.getStatusCode() + '|'
        + d.isAllowSave() + '|' + match.LastName + '|' + [SELECT COUNT() FROM Lead];
    `),
  ).toBe('false|true|DUPLICATES_DETECTED|true|Lovelace|0');
});

it('saves the duplicate when the header allows it, and plain DML never meets the rules', async () => {
  expect(
    await run(`${SETUP}
      o.DuplicateRuleHeader.allowSave = true;
      Boolean allowed = Database.insert(new Lead(LastName = 'L', Company = 'C', Email = 'ada@example.com'), o).isSuccess();
      insert new Contact(LastName = 'Lovelace', Email = 'ada@example.com');
      return allowed + '|' + [SELECT COUNT() FROM Contact];
    `),
  ).toBe('true|2');
});
