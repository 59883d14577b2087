/**
 * The workbench clock: real time plus an offset that only grows. A Queueable chained with a delay
 * runs when the clock reaches its due time; when nothing else is waiting the clock jumps there, so
 * a chain of delayed jobs completes in seconds while every job still sees its delay elapsed.
 */
export class WorkbenchClock {
  private offsetMs = 0;

  constructor(private readonly real: () => number = Date.now) {}

  now(): number {
    return this.real() + this.offsetMs;
  }

  advanceTo(ms: number): void {
    const now = this.now();
    if (ms > now) this.offsetMs += ms - now;
  }
}
