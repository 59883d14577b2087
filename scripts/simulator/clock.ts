/** The simulator's clock: real time (plus an offset) or frozen at a given instant; tests advance it. */
export class SimClock {
  private fixedMs: number | null;
  private offsetMs = 0;

  /** `fixedMs` freezes the clock there (it then moves only by `advance`/`set`). */
  constructor(fixedMs?: number) {
    this.fixedMs = fixedMs ?? null;
  }

  now(): number {
    return this.fixedMs !== null ? this.fixedMs : Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    if (this.fixedMs !== null) this.fixedMs += ms;
    else this.offsetMs += ms;
  }

  set(ms: number): void {
    if (this.fixedMs !== null) this.fixedMs = ms;
    else this.offsetMs = ms - Date.now();
  }

  get frozen(): boolean {
    return this.fixedMs !== null;
  }
}
