import type { Figure } from './figure';
import { DECIMALS, figureCell } from './format';
import type { Cell } from './tab';

/**
 * Turns one block's figures into cells and remembers why any of them is not computable, so the
 * reasons appear once under the block instead of crowding the cells.
 */
export class CellWriter {
  private readonly reasons = new Set<string>();

  constructor(private readonly minN: number) {}

  cell(figure: Figure, decimals: number = DECIMALS.count): Cell {
    return figureCell(figure, decimals, this.minN, this.reasons);
  }

  /** The block's fixed notes followed by the reasons collected so far. */
  notes(...fixed: string[]): string[] {
    return [...fixed, ...this.reasons];
  }
}
