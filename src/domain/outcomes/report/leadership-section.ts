/** "Shared leadership": who takes a turn at running the group, and how soon newcomers do. */
import { figureText } from '../format';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section, transposeBlock } from './elements';
import type { ReportFigures } from './report-figures';

export function leadershipSection(figures: ReportFigures): SafeHtml | null {
  const leadership = figures.leadership;
  if (!leadership || !figures.leadershipBlock) return null;
  const minN = figures.minGroupSize;
  const text = (figure: Parameters<typeof figureText>[0], decimals = 0) =>
    figureText(figure, decimals, minN);
  const weeks = (figure: Parameters<typeof figureText>[0]) =>
    figure.kind === 'shown' ? `${text(figure, 1)} weeks` : text(figure, 1);
  return section('leadership', 'Shared leadership', [
    paragraph(
      'Members take turns in the roles that run each session. In this period, ' +
        `members who held a role: ${text(leadership.membersWithRole)}; ` +
        `members who led a session for the first time: ${text(leadership.firstTimeLeaders)}; ` +
        `share of active members who have ever led: ${text(leadership.everLedPercent, 1)}${leadership.everLedPercent.kind === 'shown' ? '%' : ''}.`,
    ),
    paragraph(
      `From joining, the median time to a first supporting role: ${weeks(leadership.weeksToFirstSupporting)}; ` +
        `to a first leading role: ${weeks(leadership.weeksToFirstLeading)}.`,
    ),
    // Few rows, many measures: on its side, so it reads on a phone without scrolling.
    blockTable(transposeBlock(figures.leadershipBlock, ['This period'])),
  ]);
}
