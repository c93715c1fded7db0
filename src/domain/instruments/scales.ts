import { t } from '../i18n';
import type { ResponseOption, ResponseScale } from './types';

/** What a linear-scale question needs: the two labelled ends of the ordered scale. */
export interface ScaleEnds {
  readonly low: ResponseOption;
  readonly high: ResponseOption;
}

/** The options that form the ordered scale (everything but "don't know" and the like). */
export function onScaleOptions(scale: ResponseScale): ResponseOption[] {
  return scale.options.filter((option) => option.offScale !== true);
}

export function scaleEnds(scale: ResponseScale): ScaleEnds {
  const ordered = [...onScaleOptions(scale)].sort((a, b) => a.value - b.value);
  if (ordered.length < 2) {
    throw new RangeError(`scale ${scale.id} needs at least two ordered options`);
  }
  return { low: ordered[0], high: ordered[ordered.length - 1] };
}

/**
 * Reverse keying: the lowest point of the scale scores as the highest and so on
 * (min + max - points). Applying it twice gives the points back.
 */
export function reverseKey(points: number, scale: ResponseScale): number {
  const { low, high } = scaleEnds(scale);
  if (!(points >= low.value && points <= high.value)) {
    throw new RangeError(
      `cannot reverse ${points} on scale ${scale.id}: outside ${low.value}-${high.value}`,
    );
  }
  return low.value + high.value - points;
}

export function findOption(scale: ResponseScale, value: number): ResponseOption | undefined {
  return scale.options.find((option) => option.value === value);
}

/** e.g. "1-5", or "1-5, or 9 (Don't know)", for messages in the Review tab. */
export function describeAllowedValues(scale: ResponseScale): string {
  const onScale = onScaleOptions(scale)
    .map((option) => option.value)
    .sort((a, b) => a - b);
  const contiguous = onScale.every(
    (value, index) => index === 0 || value === onScale[index - 1] + 1,
  );
  const range =
    contiguous && onScale.length > 2
      ? t('review.allowed.range', {
          lowest: String(onScale[0]),
          highest: String(onScale[onScale.length - 1]),
        })
      : onScale.join(', ');
  // Each off-scale answer is added by a whole sentence, so a language orders the parts its way.
  return scale.options
    .filter((option) => option.offScale === true)
    .reduce(
      (allowed, option) =>
        t('review.allowed.orOffScale', {
          allowed,
          offScale: t('review.allowed.offScale', {
            value: String(option.value),
            label: option.label,
          }),
        }),
      range,
    );
}
