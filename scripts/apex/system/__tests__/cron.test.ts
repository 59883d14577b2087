import { nextFireTime, parseCron } from '../cron';

const at = (iso: string): number => Date.parse(iso);

describe('nextFireTime', () => {
  it('fires at the wall-clock time of the running user’s zone', () => {
    const daily2am = parseCron('0 0 2 * * ?');
    // 2026-01-15 10:00 UTC is 02:00 PST: the next 2 a.m. in Los Angeles is a day later.
    expect(nextFireTime(daily2am, at('2026-01-15T10:00:00Z'), 'America/Los_Angeles')).toBe(
      at('2026-01-16T10:00:00Z'),
    );
    expect(nextFireTime(daily2am, at('2026-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe(
      at('2026-07-01T09:00:00Z'),
    );
    expect(nextFireTime(daily2am, at('2026-07-01T00:00:00Z'), 'GMT')).toBe(at('2026-07-01T02:00:00Z'));
  });

  it('matches the day of the week in that zone (1 = Sunday)', () => {
    // 2026-03-02 is a Monday; at 03:00 UTC it is still Sunday evening in New York.
    const mondays = parseCron('0 30 9 ? * MON');
    expect(nextFireTime(mondays, at('2026-03-02T03:00:00Z'), 'America/New_York')).toBe(
      at('2026-03-02T14:30:00Z'),
    );
    expect(nextFireTime(parseCron('0 0 12 ? * 1'), at('2026-03-02T03:00:00Z'), 'GMT')).toBe(
      at('2026-03-08T12:00:00Z'),
    );
  });

  it('a year no longer reachable: null', () => {
    expect(nextFireTime(parseCron('0 0 0 1 1 ? 2020'), at('2026-01-01T00:00:00Z'), 'GMT')).toBeNull();
  });
});
