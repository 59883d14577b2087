/** Opening a deployed org in the browser, as `sf org open` does: a front-door single sign-on URL. */
import { spawnSync } from 'node:child_process';
import type { Org } from '@salesforce/core';
import type { Output } from './cli';

/** Where `--open` lands: the LiveEngage Account Settings tab (the dev project has no namespace). */
export const START_PATH = '/lightning/n/LiveEngage_Account_Settings';

/** The front-door URL that signs the browser in with the org's current session and lands on `startPath`. */
export async function frontDoorUrl(org: Org, startPath = START_PATH): Promise<string> {
  await org.refreshAuth();
  const conn = org.getConnection();
  if (!conn.accessToken) throw new Error(`No session for ${org.getUsername() ?? 'the org'}: log in again.`);
  const query = new URLSearchParams({ sid: conn.accessToken, retURL: startPath });
  return `${conn.instanceUrl.replace(/\/$/, '')}/secur/frontdoor.jsp?${query.toString()}`;
}

/** Opens the org with the desktop's opener; where there is none, prints how to open it instead. */
export async function openOrg(
  org: Org,
  out: Output,
  opener = process.platform === 'darwin' ? 'open' : 'xdg-open',
) {
  const url = await frontDoorUrl(org);
  const opened = spawnSync(opener, [url], { stdio: 'ignore' });
  if (opened.error === undefined && opened.status === 0) {
    out.info(`Opened ${org.getConnection().instanceUrl} in your browser.`);
    return;
  }
  out.info(
    `No browser opener (${opener}) here. Open the org with: sf org open --target-org ${org.getUsername() ?? '<alias>'}`,
  );
}
