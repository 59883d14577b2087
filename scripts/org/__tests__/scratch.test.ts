import * as fs from 'node:fs';
import * as path from 'node:path';
import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import { Org } from '@salesforce/core';
import type { ScratchOrgCreateOptions, ScratchOrgCreateResult } from '@salesforce/core';
import { OrgScriptError } from '../lib/cli';
import { createScratchOrg, SCRATCH_DEF } from '../lib/scratch';
import { capturedOutput } from './output';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('org:create', () => {
  const $$ = new TestContext();
  let hub: Org;
  const out = capturedOutput();
  const { lines } = out;

  beforeEach(async () => {
    lines.length = 0;
    const testHub = new MockTestOrgData();
    testHub.makeDevHub();
    await $$.stubAuths(testHub);
    hub = await Org.create({ aliasOrUsername: testHub.username });
  });

  it('ships a scratch definition with the features later issues need', () => {
    const def = JSON.parse(fs.readFileSync(path.join(ROOT, SCRATCH_DEF), 'utf8')) as {
      edition: string;
      features: string[];
    };
    expect(def.edition).toBe('Enterprise');
    expect(def.features).toEqual(
      expect.arrayContaining(['PersonAccounts', 'ServiceCloud', 'LightningServiceConsole']),
    );
  });

  it('creates the scratch org from config/ on the Dev Hub, as the default org', async () => {
    const create = jest.fn(
      async (_o: ScratchOrgCreateOptions) =>
        ({
          username: 'test-abc@example.com',
          authFields: { orgId: '00D000000000001', instanceUrl: 'https://x.scratch.my.salesforce.com' },
          warnings: ['Your org expires in 7 days'],
        }) as unknown as ScratchOrgCreateResult,
    );
    await createScratchOrg(hub, { root: ROOT, out, create, durationDays: 3 });
    const options = create.mock.calls[0][0];
    expect(options.hubOrg).toBe(hub);
    expect(options.definitionfile).toBe(path.join(ROOT, SCRATCH_DEF));
    expect(options).toMatchObject({
      alias: 'liveengage-dev',
      durationDays: 3,
      setDefault: true,
      nonamespace: true,
    });
    expect(lines).toContain('  warning: Your org expires in 7 days');
    expect(lines).toContain('Next: npm run org:deploy && npm run org:setup && npm run org:test');
  });

  it('turns a Dev Hub limit into advice', async () => {
    const create = async () => {
      throw new Error(
        'LIMIT_EXCEEDED: The signup request failed because this organization has reached its active scratch org limit',
      );
    };
    const err = (await createScratchOrg(hub, { root: ROOT, out, create }).catch(
      (e: unknown) => e,
    )) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.message).toContain('The scratch org could not be created: LIMIT_EXCEEDED');
    expect(err.hints[0]).toContain('sf org delete scratch');
  });
});
