/**
 * Collects generated events in any order and hands them back in time order. Ties keep the order
 * they were added in, so the output depends only on the seed, never on the sort algorithm.
 */
import { scenarioTimeToMs } from '../local-time';
import type { ScenarioInput } from '../scenario-schema';

export type EventInput = NonNullable<ScenarioInput['timeline']>[number];

export class TimelineBuilder {
  private readonly events: Array<{ ms: number; seq: number; event: EventInput }> = [];

  constructor(
    private readonly timeZone: string,
    private readonly startMs: number,
    private readonly endMs: number,
  ) {}

  /** Adds the event if it falls inside the season; returns whether it did. */
  add(event: EventInput): boolean {
    const ms = scenarioTimeToMs(event.at, this.timeZone);
    if (ms < this.startMs || ms > this.endMs) return false;
    this.events.push({ ms, seq: this.events.length, event });
    return true;
  }

  build(): EventInput[] {
    return [...this.events]
      .sort((a, b) => a.ms - b.ms || a.seq - b.seq)
      .map((entry) => entry.event);
  }
}
