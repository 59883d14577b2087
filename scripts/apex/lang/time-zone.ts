/** Time-zone offsets from the IANA database (via Intl), with java.util.Calendar's rules for gaps and overlaps. */
import { civilToMs } from './civil';

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, boolean>();

/** The zone id itself when Intl knows it, else `GMT` (Apex falls back to GMT for an unknown id). */
export function resolveZone(zone: string): string {
  let ok = validity.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    validity.set(zone, ok);
  }
  return ok ? zone : 'GMT';
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from GMT at `instant`, in ms (America/Los_Angeles in winter → -28_800_000). */
export function offsetAt(instant: number, zone: string): number {
  const z = resolveZone(zone);
  if (z === 'GMT' || z === 'UTC') return 0;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(z).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const wall = civilToMs(
    year,
    Number(parts.month),
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const instantSeconds = instant - (((instant % 1000) + 1000) % 1000);
  return wall - instantSeconds;
}

/**
 * The instant of a wall-clock time (given as ms on the UTC line) in `zone`. An ambiguous time (the
 * hour repeated when DST ends) resolves to standard time; a time in the spring-forward gap is read
 * with the offset in force before the gap (2:30 → 3:30 DST), as java.util.Calendar does.
 */
export function wallToInstant(wall: number, zone: string): number {
  const before = offsetAt(wall - 2 * 86_400_000, zone);
  const after = offsetAt(wall + 2 * 86_400_000, zone);
  const candidates = [...new Set([before, after, offsetAt(wall, zone)])].filter(
    (off) => offsetAt(wall - off, zone) === off,
  );
  if (candidates.length === 0) return wall - before;
  return wall - Math.min(...candidates);
}

/** Short (`PST`) or long (`Pacific Standard Time`) display name of the zone at an instant, en_US. */
export function zoneName(instant: number, zone: string, style: 'short' | 'long'): string {
  const z = resolveZone(zone);
  if (z === 'GMT' || z === 'UTC') return style === 'short' ? 'GMT' : 'Greenwich Mean Time';
  const f = new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: style });
  return f.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? z;
}
