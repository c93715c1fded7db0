/**
 * The global function names Apps Script calls: menu actions, triggers and simple triggers.
 * scripts/build.mjs appends a top-level forwarder for each; main.ts must export each one.
 */
import names from './entry-points.json';

export const ENTRY_POINTS: readonly string[] = names;
