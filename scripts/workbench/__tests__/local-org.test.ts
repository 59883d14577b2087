/** The local org kept in a data folder: its own records come back at the next start, with new Ids past them. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkbenchOrg } from '../org/local-org';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wb-org-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('saves after each write and restores instead of seeding; --reset seeds again', async () => {
  const first = await WorkbenchOrg.open({
    dataDir: dir,
    seed: (o) => o.insert('Account', [{ Name: 'Kept Co' }]).then(() => undefined),
  });
  const [account] = first.list('Account');
  await first.insert('Contact', [{ LastName: 'Later', AccountId: account.Id }]);

  const seed = jest.fn(() => Promise.resolve());
  const second = await WorkbenchOrg.open({ dataDir: dir, seed });
  expect(seed).not.toHaveBeenCalled();
  expect(second.list('Account').map((r) => r.Name)).toEqual(['Kept Co']);
  expect(second.list('Contact')).toEqual([
    expect.objectContaining({ LastName: 'Later', AccountId: account.Id }),
  ]);
  const [fresh] = await second.insert('Account', [{ Name: 'New' }]);
  expect(fresh.Id).not.toBe(account.Id);

  await WorkbenchOrg.open({ dataDir: dir, reset: true, seed });
  expect(seed).toHaveBeenCalledTimes(1);
}, 60_000);
