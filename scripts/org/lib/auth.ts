/**
 * Finding the org a script works on, with a message saying exactly what to run when there is none.
 */
import { ConfigAggregator, Org, OrgConfigProperties, StateAggregator } from '@salesforce/core';
import { describeError, OrgScriptError, type CommonArgs } from './cli';

export type OrgKind = 'org' | 'devhub';

class NoSuchOrg extends Error {}

/** The alias the docs and hints use for a freshly created scratch org and for the Dev Hub. */
export const DEFAULT_SCRATCH_ALIAS = 'liveengage-dev';
export const DEFAULT_DEVHUB_ALIAS = 'devhub';

const CLI_HINT = 'The `sf` command is the Salesforce CLI (npm install --global @salesforce/cli).';

function loginHint(kind: OrgKind, alias: string): string {
  return kind === 'devhub'
    ? `  sf org login web --alias ${alias} --set-default-dev-hub`
    : `  sf org login web --alias ${alias} --set-default`;
}

/** The hints printed when no org is known: the exact commands, then how to re-run the script. */
export function noOrgHints(kind: OrgKind, script: string, alias?: string): string[] {
  const a = alias ?? (kind === 'devhub' ? DEFAULT_DEVHUB_ALIAS : DEFAULT_SCRATCH_ALIAS);
  const flag = kind === 'devhub' ? '--target-dev-hub' : '--target-org';
  const hints = [
    kind === 'devhub'
      ? 'Authorise your Dev Hub org (Setup > Dev Hub must be enabled there):'
      : 'Authorise an org (a scratch org, sandbox or Developer Edition org):',
    loginHint(kind, a),
  ];
  if (kind === 'org') {
    hints.push(
      '  (for a sandbox add --instance-url https://test.salesforce.com;',
      `   or create a scratch org: npm run org:create, after \`sf org login web --alias ${DEFAULT_DEVHUB_ALIAS} --set-default-dev-hub\`)`,
    );
  }
  hints.push('then run:', `  npm run ${script} -- ${flag} ${a}`, CLI_HINT);
  return hints;
}

async function knownOrgs(): Promise<string[]> {
  try {
    const state = await StateAggregator.getInstance();
    const names = new Set<string>();
    for (const [alias] of Object.entries(state.aliases.getAll())) names.add(alias);
    for (const username of await state.orgs.list()) names.add(username.replace(/\.json$/, ''));
    return [...names].sort();
  } catch {
    return [];
  }
}

/** The Dev Hub of a script that takes `--target-dev-hub` (or its synonym `--target-org`), resolved. */
export async function resolveDevHub(
  script: string,
  args: Pick<CommonArgs, 'targetDevHub' | 'targetOrg'>,
): Promise<Org> {
  if (args.targetDevHub && args.targetOrg && args.targetDevHub !== args.targetOrg) {
    throw new OrgScriptError('Give the Dev Hub once: --target-dev-hub <alias>.');
  }
  return resolveOrg('devhub', script, args.targetDevHub ?? args.targetOrg);
}

/**
 * Resolves `--target-org` / `--target-dev-hub` (or the configured default `target-org` /
 * `target-dev-hub`, or `SF_TARGET_ORG` / `SF_TARGET_DEV_HUB`) to an authorised Org.
 * Throws {@link OrgScriptError} with the commands to run when there is none.
 */
export async function resolveOrg(kind: OrgKind, script: string, aliasOrUsername?: string): Promise<Org> {
  const key = kind === 'devhub' ? OrgConfigProperties.TARGET_DEV_HUB : OrgConfigProperties.TARGET_ORG;
  let requested = aliasOrUsername?.trim();
  if (!requested) {
    const config = await ConfigAggregator.create();
    const value = config.getPropertyValue(key);
    requested = typeof value === 'string' && value.trim() ? value.trim() : undefined;
  }
  const what = kind === 'devhub' ? 'a Dev Hub' : 'an authorised Salesforce org';
  if (!requested) {
    throw new OrgScriptError(
      `${script} needs ${what}, and none is set (no --${kind === 'devhub' ? 'target-dev-hub' : 'target-org'} flag, no default ${key}).`,
      noOrgHints(kind, script),
    );
  }

  const state = await StateAggregator.getInstance();
  const username = state.aliases.resolveUsername(requested);
  let org: Org;
  try {
    if (!(await state.orgs.hasFile(username))) throw new NoSuchOrg(username);
    org = await Org.create({ aliasOrUsername: username });
  } catch (e) {
    if (
      e instanceof NoSuchOrg ||
      (e instanceof Error &&
        /NamedOrgNotFound|NoAuthInfoFound|No authorization information found/i.test(`${e.name} ${e.message}`))
    ) {
      const known = await knownOrgs();
      throw new OrgScriptError(`No authorised org is known as "${requested}".`, [
        ...noOrgHints(kind, script, requested),
        known.length
          ? `Authorised orgs on this machine: ${known.join(', ')}`
          : 'No org is authorised on this machine yet.',
      ]);
    }
    throw new OrgScriptError(`Could not open the org "${requested}": ${describeError(e)}`, [
      'Its authorisation may have expired; authorise it again:',
      loginHint(kind, requested),
    ]);
  }

  if (kind === 'devhub') {
    let isHub = false;
    try {
      isHub = await org.determineIfDevHubOrg();
    } catch (e) {
      throw new OrgScriptError(`Could not check whether "${requested}" is a Dev Hub: ${describeError(e)}`, [
        'Its authorisation may have expired; authorise it again:',
        loginHint(kind, requested),
      ]);
    }
    if (!isHub) {
      throw new OrgScriptError(`The org "${requested}" is not a Dev Hub.`, [
        'Enable Dev Hub in that org (Setup > Dev Hub), or authorise your Dev Hub org:',
        loginHint('devhub', DEFAULT_DEVHUB_ALIAS),
        `then run: npm run ${script} -- --target-dev-hub ${DEFAULT_DEVHUB_ALIAS}`,
      ]);
    }
  }
  return org;
}

/** True for errors that mean "authorise again" (expired or revoked tokens). */
export function isAuthError(e: unknown): boolean {
  const text = describeError(e);
  return /INVALID_SESSION_ID|expired access\/refresh token|RefreshTokenAuthError|invalid_grant|AuthInfo|NamedOrgNotFound/i.test(
    text,
  );
}

/** Wraps an org operation so that an expired authorisation ends with the login command to run. */
export async function withAuthHint<T>(org: Org, kind: OrgKind, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (isAuthError(e)) {
      const alias = org.getUsername() ?? 'my-org';
      throw new OrgScriptError(`The org rejected our session: ${describeError(e)}`, [
        'Authorise it again:',
        loginHint(kind, alias),
      ]);
    }
    throw e;
  }
}
