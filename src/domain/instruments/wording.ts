import { onScaleOptions, scaleEnds, type ScaleEnds } from './scales';
import type { InstrumentDefinition, ResponseOption } from './types';

/** Item wording a group pasted (from Settings or its own tab), keyed by item id. */
export type PastedWording = Readonly<Record<string, string>>;

/** Everything the Survey form needs to ask one item. */
export interface FormQuestion {
  readonly itemId: string;
  readonly text: string;
  readonly required: boolean;
  /** In published order, "don't know" included. */
  readonly options: readonly ResponseOption[];
  /** For a linear-scale question: the labelled ends of the ordered options. */
  readonly ends: ScaleEnds;
  /** True when some option ("don't know") sits off the scale, so a linear scale will not do. */
  readonly hasOffScaleOption: boolean;
}

export type WordingResolution =
  | {
      readonly ok: true;
      readonly questions: readonly FormQuestion[];
      readonly instructions: string | null;
      readonly copyrightLine: string | null;
    }
  | {
      readonly ok: false;
      readonly missingItemIds: readonly string[];
      readonly unknownItemIds: readonly string[];
      readonly reason: string;
    };

/**
 * Pairs each item with its wording: the group's pasted text where given (it may use an
 * authorised translation), else the shipped text. An item with neither makes the whole
 * instrument unaskable; the form never shows invented wording (SPEC section 4).
 */
export function resolveItemWording(
  definition: InstrumentDefinition,
  pasted: PastedWording,
  pastedInstructions: string | null = null,
): WordingResolution {
  const knownIds = new Set(definition.items.map((item) => item.id));
  const unknownItemIds = Object.keys(pasted).filter((id) => !knownIds.has(id));
  const missingItemIds: string[] = [];
  const questions: FormQuestion[] = [];

  for (const item of definition.items) {
    const text = nonBlank(pasted[item.id]) ?? item.text;
    if (text === null) {
      missingItemIds.push(item.id);
      continue;
    }
    questions.push({
      itemId: item.id,
      text,
      required: item.required,
      options: item.scale.options,
      ends: scaleEnds(item.scale),
      hasOffScaleOption: onScaleOptions(item.scale).length < item.scale.options.length,
    });
  }

  if (missingItemIds.length > 0 || unknownItemIds.length > 0) {
    const sentences: string[] = [];
    if (missingItemIds.length > 0) {
      sentences.push(
        `${definition.shortTitle} cannot be asked until its wording is pasted for ${missingItemIds.join(', ')}.`,
      );
    }
    if (unknownItemIds.length > 0) {
      sentences.push(
        `Pasted wording names item ids ${definition.shortTitle} does not have: ${unknownItemIds.join(', ')}.`,
      );
    }
    return { ok: false, missingItemIds, unknownItemIds, reason: sentences.join(' ') };
  }

  return {
    ok: true,
    questions,
    instructions: nonBlank(pastedInstructions ?? undefined) ?? definition.instructions,
    copyrightLine: definition.licence.copyrightLine,
  };
}

function nonBlank(text: string | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
