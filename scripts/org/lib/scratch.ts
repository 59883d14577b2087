/**
 * `npm run org:create`: a scratch org from `config/project-scratch-def.json` on a Dev Hub.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Org, ScratchOrgCreateOptions, ScratchOrgCreateResult } from '@salesforce/core';
import { scratchOrgCreate } from '@salesforce/core';
import type { Output } from './cli';
import { describeError, OrgScriptError } from './cli';
import { DEFAULT_SCRATCH_ALIAS } from './auth';

export const SCRATCH_DEF = path.join('config', 'project-scratch-def.json');

export interface CreateScratchOptions {
  root: string;
  out: Output;
  alias?: string;
  durationDays?: number;
  create?: (options: ScratchOrgCreateOptions) => Promise<ScratchOrgCreateResult>;
}

export async function createScratchOrg(
  hub: Org,
  options: CreateScratchOptions,
): Promise<ScratchOrgCreateResult> {
  const definitionfile = path.join(options.root, SCRATCH_DEF);
  if (!fs.existsSync(definitionfile)) throw new OrgScriptError(`${SCRATCH_DEF} is missing.`);
  const alias = options.alias ?? DEFAULT_SCRATCH_ALIAS;
  const durationDays = options.durationDays ?? 7;
  if (durationDays > 30) throw new OrgScriptError('--duration-days is at most 30.');
  options.out.info(
    `Creating a scratch org "${alias}" (${durationDays} days) from ${SCRATCH_DEF} on ${hub.getUsername()}...`,
  );
  let result: ScratchOrgCreateResult;
  try {
    result = await (options.create ?? scratchOrgCreate)({
      hubOrg: hub,
      definitionfile,
      alias,
      durationDays,
      setDefault: true,
      nonamespace: true,
      tracksSource: true,
    });
  } catch (e) {
    const text = describeError(e);
    const hints: string[] = [];
    if (/limit|LIMIT_EXCEEDED|active scratch org/i.test(text))
      hints.push(
        'Your Dev Hub is at its scratch org limit: delete one (sf org delete scratch --target-org <alias>).',
      );
    if (/feature|PersonAccounts|ServiceCloud/i.test(text))
      hints.push(
        `A feature of ${SCRATCH_DEF} is not available to this Dev Hub; remove it from "features" and try again.`,
      );
    throw new OrgScriptError(`The scratch org could not be created: ${text}`, hints);
  }
  for (const w of result.warnings ?? []) options.out.info(`  warning: ${w}`);
  options.out.info(
    `Scratch org ready: ${result.username ?? '?'} (alias ${alias}, org id ${result.authFields?.orgId ?? '?'}), now the default target-org.`,
  );
  if (result.authFields?.instanceUrl) options.out.info(`  ${result.authFields.instanceUrl}`);
  options.out.info('Next: npm run org:deploy && npm run org:setup && npm run org:test');
  return result;
}
