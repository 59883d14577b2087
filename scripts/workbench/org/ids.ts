/** Salesforce-shaped 18-character record Ids (3-char key prefix, 12-char counter, 3-char checksum). */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The case-safe 3-character suffix of a 15-character Id. */
export function checksum15(id15: string): string {
  let out = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    out += CHECKSUM.charAt(bits);
  }
  return out;
}

/** Builds an 18-character Id from a key prefix and a sequence number. */
export function makeId(keyPrefix: string, n: number): string {
  let body = '';
  let v = n;
  do {
    body = BASE62.charAt(v % 62) + body;
    v = Math.floor(v / 62);
  } while (v > 0);
  const id15 = keyPrefix + '0'.repeat(Math.max(0, 12 - body.length)) + body;
  return id15 + checksum15(id15);
}

/** The org Id of the local org (custom settings' org-default `SetupOwnerId`). */
export const LOCAL_ORG_ID = makeId('00D', 1);
/** The Id of the workbench user (the admin everyone runs as). */
export const WORKBENCH_USER_ID = makeId('005', 1);
