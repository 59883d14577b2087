import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import { Org } from '@salesforce/core';
import { frontDoorUrl, openOrg, START_PATH } from '../lib/open';
import { capturedOutput } from './output';

describe('org:deploy --open', () => {
  const $$ = new TestContext();
  let org: Org;
  let testOrg: MockTestOrgData;

  beforeEach(async () => {
    testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    $$.fakeConnectionRequest = () => Promise.resolve({});
    org = await Org.create({ aliasOrUsername: testOrg.username });
  });

  it('builds a front-door URL that lands on the Account Settings tab', async () => {
    const url = new URL(await frontDoorUrl(org));
    expect(url.origin).toBe(new URL(testOrg.instanceUrl).origin);
    expect(url.pathname).toBe('/secur/frontdoor.jsp');
    expect(url.searchParams.get('sid')).toBe(org.getConnection().accessToken);
    expect(url.searchParams.get('retURL')).toBe(START_PATH);
  });

  it('says how to open the org when the machine has no browser opener', async () => {
    const out = capturedOutput();
    const { lines } = out;
    await openOrg(org, out, 'no-such-opener-on-this-machine');
    expect(lines).toEqual([
      `No browser opener (no-such-opener-on-this-machine) here. Open the org with: sf org open --target-org ${testOrg.username}`,
    ]);
  });
});
