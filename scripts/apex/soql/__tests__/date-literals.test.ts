import { NotSupportedError } from '../../lang/errors';
import { ApexDate } from '../../lang/temporal';
import { dateLiteralRange } from '../date-literals';

// Wednesday 13 May 2026; its week (en_US) starts on Sunday 10 May.
const today = ApexDate.newInstance(2026, 5, 13);

const range = (name: string, n: number | null = null): string => {
  const r = dateLiteralRange(name, n, today);
  return `${r.from.toString()}..${r.to.toString()}`;
};

describe('SOQL date literals: half-open day ranges from the user’s today', () => {
  it.each([
    ['YESTERDAY', null, '2026-05-12..2026-05-13'],
    ['TODAY', null, '2026-05-13..2026-05-14'],
    ['TOMORROW', null, '2026-05-14..2026-05-15'],
    ['LAST_WEEK', null, '2026-05-03..2026-05-10'],
    ['THIS_WEEK', null, '2026-05-10..2026-05-17'],
    ['NEXT_WEEK', null, '2026-05-17..2026-05-24'],
    ['LAST_MONTH', null, '2026-04-01..2026-05-01'],
    ['THIS_MONTH', null, '2026-05-01..2026-06-01'],
    ['NEXT_MONTH', null, '2026-06-01..2026-07-01'],
    ['LAST_90_DAYS', null, '2026-02-12..2026-05-14'],
    ['NEXT_90_DAYS', null, '2026-05-14..2026-08-12'],
    ['LAST_N_DAYS', 3, '2026-05-10..2026-05-14'],
    ['NEXT_N_DAYS', 3, '2026-05-14..2026-05-17'],
    ['N_DAYS_AGO', 3, '2026-05-10..2026-05-11'],
    ['LAST_N_WEEKS', 2, '2026-04-26..2026-05-10'],
    ['NEXT_N_WEEKS', 2, '2026-05-17..2026-05-31'],
    ['N_WEEKS_AGO', 2, '2026-04-26..2026-05-03'],
    ['LAST_N_MONTHS', 2, '2026-03-01..2026-05-01'],
    ['NEXT_N_MONTHS', 2, '2026-06-01..2026-08-01'],
    ['N_MONTHS_AGO', 2, '2026-03-01..2026-04-01'],
    ['LAST_QUARTER', null, '2026-01-01..2026-04-01'],
    ['THIS_QUARTER', null, '2026-04-01..2026-07-01'],
    ['NEXT_QUARTER', null, '2026-07-01..2026-10-01'],
    ['LAST_N_QUARTERS', 2, '2025-10-01..2026-04-01'],
    ['NEXT_N_QUARTERS', 2, '2026-07-01..2027-01-01'],
    ['N_QUARTERS_AGO', 2, '2025-10-01..2026-01-01'],
    ['LAST_YEAR', null, '2025-01-01..2026-01-01'],
    ['THIS_YEAR', null, '2026-01-01..2027-01-01'],
    ['NEXT_YEAR', null, '2027-01-01..2028-01-01'],
    ['LAST_N_YEARS', 2, '2024-01-01..2026-01-01'],
    ['NEXT_N_YEARS', 2, '2027-01-01..2029-01-01'],
    ['N_YEARS_AGO', 2, '2024-01-01..2025-01-01'],
  ])('%s %s → %s', (name, n, expected) => {
    expect(range(name, n)).toBe(expected);
  });

  it('fiscal literals and names SOQL lacks are not modelled', () => {
    expect(() => range('THIS_FISCAL_YEAR')).toThrow(NotSupportedError);
    expect(() => range('LAST_DAY')).toThrow(NotSupportedError);
  });
});
