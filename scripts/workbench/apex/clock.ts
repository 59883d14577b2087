/**
 * The workbench clock: real time, optionally sped up, plus an offset that only grows. A Queueable
 * chained with a delay runs when the clock reaches its due time; when nothing else is waiting the
 * clock jumps there, so a chain of delayed jobs completes in seconds while every job still sees its
 * delay elapsed. Tests and `POST /__clock` move it explicitly (`advanceBy`); `--clock-speed 60`
 * makes a real second a workbench minute (scheduled jobs then fire 60 times sooner).
 */
export class WorkbenchClock {
  private offsetMs = 0;
  private readonly realStart: number;

  /**
   * @param real the real clock
   * @param speed workbench milliseconds per real millisecond (1 = real time, 0 = frozen: the
   *   clock moves only when advanced)
   */
  constructor(
    private readonly real: () => number = Date.now,
    readonly speed = 1,
  ) {
    if (!Number.isFinite(speed) || speed < 0) throw new Error(`clock speed must be ≥ 0, not ${speed}`);
    this.realStart = real();
  }

  now(): number {
    const elapsed = this.real() - this.realStart;
    return this.realStart + Math.floor(elapsed * this.speed) + this.offsetMs;
  }

  /** Moves the clock forward to `ms` (never backward). */
  advanceTo(ms: number): void {
    const now = this.now();
    if (ms > now) this.offsetMs += ms - now;
  }

  /** Moves the clock forward by `ms` (≥ 0). */
  advanceBy(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`the clock only moves forward (${ms} ms)`);
    this.offsetMs += ms;
  }
}
