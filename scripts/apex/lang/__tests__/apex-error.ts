import { ApexError } from '../errors';

/** The `ApexError` that `fn` throws; any other error, or none, fails the test. */
export function apexError(fn: () => unknown): ApexError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApexError) return e;
    throw e;
  }
  throw new Error('expected an ApexError');
}

/** The same for work that settles later. */
export async function apexErrorAsync(fn: () => unknown): Promise<ApexError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ApexError) return e;
    throw e;
  }
  throw new Error('expected an ApexError');
}

/** `Type: message` of the `ApexError` that `fn` throws. */
export function apexErrorOf(fn: () => unknown): string {
  const e = apexError(fn);
  return `${e.apexType}: ${e.message}`;
}
