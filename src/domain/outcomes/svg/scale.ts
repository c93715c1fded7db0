/** Axis arithmetic for the report's charts. */

/**
 * Round tick values covering [min, max], spaced 1, 2 or 5 times a power of ten, about
 * `target` of them. The first tick is at or below min and the last at or above max.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new RangeError(`cannot make ticks for [${min}, ${max}]`);
  }
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, target);
  }
  const roughStep = (max - min) / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(roughStep));
  const step =
    [1, 2, 5, 10].map((multiple) => multiple * magnitude).find((s) => s >= roughStep) ??
    10 * magnitude;
  const first = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let tick = first; tick < max + step - 1e-9 * step; tick += step) {
    // Repeated addition drifts (0.1 + 0.2); rounding to the step's decimals keeps labels clean.
    ticks.push(Number(tick.toFixed(Math.max(0, -Math.floor(Math.log10(step))))));
  }
  return ticks;
}

/** Maps a value in [domainMin, domainMax] onto [rangeStart, rangeEnd] (either may be larger). */
export function linearScale(
  [domainMin, domainMax]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
  if (!(domainMax > domainMin)) {
    throw new RangeError(`a scale needs domain max > min, got [${domainMin}, ${domainMax}]`);
  }
  const factor = (rangeEnd - rangeStart) / (domainMax - domainMin);
  return (value) => rangeStart + (value - domainMin) * factor;
}

/** Coordinates to one decimal place: enough on screen, and keeps the SVG short. */
export function coordinate(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Which of `count` category labels to print so that at most `maxLabels` show, evenly. */
export function labelStride(count: number, maxLabels: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));
}
