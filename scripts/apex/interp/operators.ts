/** Operators on values that need no interpreter: date arithmetic and ordering comparisons. */
import { ApexError, NotSupportedError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexDouble } from '../lang/numbers';
import { ApexDate, ApexDatetime } from '../lang/temporal';
import { compareNumbers, nullPointer } from './arith';
import { typeOfValue } from './typing';
import type { ApexValue } from './values';

export function temporalAdd(l: ApexDate | ApexDatetime, r: ApexValue, sign: number): ApexValue {
  if (r === null) throw nullPointer();
  if (l instanceof ApexDate) {
    if (typeof r !== 'number')
      throw new ApexError('System.TypeException', 'Date arithmetic requires an Integer');
    return l.addDays(sign * r);
  }
  // Datetime ± a number adds (fractional) days: `dt + 1.5` is 36 hours later (apex-semantics §5).
  let days: number;
  if (typeof r === 'number') days = r;
  else if (typeof r === 'bigint') days = Number(r);
  else if (r instanceof ApexDouble) days = r.value;
  else if (r instanceof Decimal) days = r.toNumber();
  else throw new ApexError('System.TypeException', 'Datetime arithmetic requires a number of days');
  return ApexDatetime.fromInstant(l.instant + Math.round(sign * days * 86_400_000));
}

export function compareValues(op: string, l: ApexValue, r: ApexValue): boolean {
  if (l === null || r === null) return false;
  let c = compareNumbers(l, r);
  if (c === undefined) {
    if (typeof l === 'string' && typeof r === 'string') {
      const a = l.toLowerCase();
      const b = r.toLowerCase();
      c = a < b ? -1 : a > b ? 1 : 0;
    } else if (l instanceof ApexDate && r instanceof ApexDate) c = l.compareTo(r);
    else if (l instanceof ApexDatetime && r instanceof ApexDatetime) c = l.compareTo(r);
    else if (typeof (l as { compareTo?: unknown }).compareTo === 'function') {
      c = (l as unknown as { compareTo(o: unknown): number }).compareTo(r);
    } else throw new NotSupportedError(`comparing ${typeOfValue(l).name} with ${typeOfValue(r).name}`);
  }
  switch (op) {
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}
