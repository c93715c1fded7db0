/**
 * A virtual clock shared by every emulated service and by the script's own `Date`.
 * Time only moves when a test advances it or when a service call "costs" latency, so runs are
 * reproducible and a whole season of a group can be simulated in seconds.
 */
export class VirtualClock {
  private currentMs: number;

  constructor(start: Date | number) {
    this.currentMs = typeof start === 'number' ? start : start.getTime();
  }

  nowMs(): number {
    return this.currentMs;
  }

  now(): Date {
    return new Date(this.currentMs);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: ms must be >= 0, got ${ms}`);
    this.currentMs += ms;
  }

  set(time: Date | number): void {
    const ms = typeof time === 'number' ? time : time.getTime();
    if (ms < this.currentMs) throw new Error('VirtualClock.set: time cannot go backwards');
    this.currentMs = ms;
  }
}

/**
 * The `Date` the script sees: a subclass of the host's Date (so `instanceof Date` holds on both
 * sides of the vm boundary for values the emulator returns) whose "now" is the virtual clock.
 */
export type ScriptDateConstructor = DateConstructor & { readonly clock: VirtualClock };

export function makeScriptDate(clock: VirtualClock): ScriptDateConstructor {
  class ScriptDate extends Date {
    static readonly clock = clock;
    // Date's constructor overloads cannot be expressed as a single typed rest parameter.
    constructor(...args: unknown[]) {
      if (args.length === 0) {
        super(clock.nowMs());
      } else {
        super(...(args as [string | number | Date]));
      }
    }
    static override now(): number {
      return clock.nowMs();
    }
  }
  return ScriptDate as unknown as ScriptDateConstructor;
}
