import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import { OrgConfigProperties } from '@salesforce/core';
import { OrgScriptError, runScript } from '../lib/cli';
import { resolveDevHub, resolveOrg, withAuthHint } from '../lib/auth';
import { capturedOutput } from './output';

describe('org resolution', () => {
  const $$ = new TestContext();

  it('with no org at all, says exactly what to run, without a stack trace', async () => {
    const out = capturedOutput();
    const code = await runScript(async () => {
      await resolveOrg('org', 'org:deploy');
    }, out);
    expect(code).toBe(1);
    const text = out.lines.join('\n');
    expect(text).toContain('org:deploy needs an authorised Salesforce org, and none is set');
    expect(text).toContain('sf org login web --alias liveengage-dev --set-default');
    expect(text).toContain('npm run org:deploy -- --target-org liveengage-dev');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('with no Dev Hub, says how to authorise one', async () => {
    const err = await resolveOrg('devhub', 'org:create').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OrgScriptError);
    expect((err as OrgScriptError).hints).toContain(
      '  sf org login web --alias devhub --set-default-dev-hub',
    );
    expect((err as OrgScriptError).hints).toContain('  npm run org:create -- --target-dev-hub devhub');
  });

  it('refuses two different Dev Hubs (--target-org is a synonym of --target-dev-hub)', async () => {
    await expect(resolveDevHub('org:create', { targetDevHub: 'hub', targetOrg: 'other' })).rejects.toThrow(
      'Give the Dev Hub once: --target-dev-hub <alias>.',
    );
    const err = await resolveDevHub('org:create', {}).catch((e: unknown) => e);
    expect((err as OrgScriptError).hints).toContain('  npm run org:create -- --target-dev-hub devhub');
  });

  it('names an unknown alias and lists the authorised orgs', async () => {
    const known = new MockTestOrgData();
    await $$.stubAuths(known);
    $$.stubAliases({ other: known.username });
    const err = (await resolveOrg('org', 'org:test', 'missing').catch((e: unknown) => e)) as OrgScriptError;
    expect(err.message).toBe('No authorised org is known as "missing".');
    expect(err.hints).toContain('  sf org login web --alias missing --set-default');
    expect(err.hints.join('\n')).toContain('Authorised orgs on this machine:');
    expect(err.hints.join('\n')).toContain('other');
  });

  it('resolves --target-org through an alias', async () => {
    const testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    $$.stubAliases({ 'my-scratch': testOrg.username });
    const org = await resolveOrg('org', 'org:deploy', 'my-scratch');
    expect(org.getUsername()).toBe(testOrg.username);
  });

  it('uses the configured default target-org', async () => {
    const testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    await $$.stubConfig({ [OrgConfigProperties.TARGET_ORG]: testOrg.username });
    const org = await resolveOrg('org', 'org:deploy');
    expect(org.getOrgId()).toBe(testOrg.orgId);
  });

  it('refuses an org that is not a Dev Hub where one is needed', async () => {
    const notHub = new MockTestOrgData();
    notHub.isDevHub = false;
    await $$.stubAuths(notHub);
    $$.fakeConnectionRequest = () => Promise.resolve({ records: [] });
    const err = (await resolveOrg('devhub', 'org:create', notHub.username).catch(
      (e: unknown) => e,
    )) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.message).toBe(`The org "${notHub.username}" is not a Dev Hub.`);
  });

  it('accepts a Dev Hub', async () => {
    const hub = new MockTestOrgData();
    hub.makeDevHub();
    await $$.stubAuths(hub);
    const org = await resolveOrg('devhub', 'org:create', hub.username);
    expect(org.getUsername()).toBe(hub.username);
  });

  it('turns an expired session into the login command', async () => {
    const testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    const org = await resolveOrg('org', 'org:test', testOrg.username);
    const err = (await withAuthHint(org, 'org', () =>
      Promise.reject(new Error('INVALID_SESSION_ID: Session expired or invalid')),
    ).catch((e: unknown) => e)) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.hints).toContain(`  sf org login web --alias ${testOrg.username} --set-default`);
    await expect(withAuthHint(org, 'org', () => Promise.reject(new Error('other')))).rejects.toThrow('other');
  });
});
