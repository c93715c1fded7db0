/**
 * What past cycles say about a new one: how many rounds ago two members last shared a group,
 * and how many rounds ago a member was last in a trio. A "round" is one past cycle; the most
 * recent past cycle is one round ago.
 */
import { BuddyHistoryEntry } from './types';
import { IsoDate, MemberId } from '../types';

/** A pair that met this many rounds ago or longer costs the least a repeat can cost. */
export const RECENCY_HORIZON = 8;
/** Trio membership is remembered for this many rounds. */
export const TRIO_MEMORY = 3;

export interface BuddyHistory {
  /** Rounds since the two last shared a group, or null if they never did. */
  roundsSinceMet(a: MemberId, b: MemberId): number | null;
  /** Rounds since the member was last in a trio, or null if never (within the history). */
  roundsSinceTrio(member: MemberId): number | null;
}

function pairKey(a: MemberId, b: MemberId): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * @param among the members the new cycle matches: only their pairs and trios are kept, so the
 * history costs memory in proportion to the programme, not to years of past cycles (the
 * rounds still count every past cycle).
 */
export function readHistory(
  entries: readonly BuddyHistoryEntry[],
  cycleStart: IsoDate,
  among?: ReadonlySet<MemberId>,
): BuddyHistory {
  const pastCycles = [
    ...new Set(
      entries.filter((entry) => entry.cycleStart < cycleStart).map((entry) => entry.cycleStart),
    ),
  ].sort((a, b) => b.localeCompare(a));
  const roundsAgo = new Map(pastCycles.map((start, index) => [start, index + 1]));
  const lastMet = new Map<string, number>();
  const lastTrio = new Map<MemberId, number>();
  const keepMostRecent = <K>(map: Map<K, number>, key: K, rounds: number): void => {
    map.set(key, Math.min(map.get(key) ?? Infinity, rounds));
  };
  for (const entry of entries) {
    const rounds = roundsAgo.get(entry.cycleStart);
    if (rounds === undefined) continue;
    const members = [...new Set(entry.memberIds)];
    const kept = among ? members.filter((member) => among.has(member)) : members;
    for (let i = 0; i < kept.length; i += 1) {
      for (let j = i + 1; j < kept.length; j += 1) {
        keepMostRecent(lastMet, pairKey(kept[i], kept[j]), rounds);
      }
      if (members.length >= 3) keepMostRecent(lastTrio, kept[i], rounds);
    }
  }
  return {
    roundsSinceMet: (a, b) => lastMet.get(pairKey(a, b)) ?? null,
    roundsSinceTrio: (member) => lastTrio.get(member) ?? null,
  };
}

/** Cost of a repeated pair: highest for last cycle's pairs, decaying by one per round to 1. */
export function recencyPenalty(roundsSinceMet: number): number {
  return Math.max(1, RECENCY_HORIZON + 1 - roundsSinceMet);
}

/** Cost of putting a member in a trio again: 3 if they were in one last cycle, then 2, 1, 0. */
export function trioPenalty(roundsSinceTrio: number | null): number {
  return roundsSinceTrio === null ? 0 : Math.max(0, TRIO_MEMORY + 1 - roundsSinceTrio);
}
