/** "Shared leadership": who takes a turn at running the group, and how soon newcomers do. */
import { t } from '../../i18n';
import { figureText } from '../format';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section, transposeBlock } from './elements';
import type { ReportFigures } from './report-figures';
import { percentText } from './wording';

export function leadershipSection(figures: ReportFigures): SafeHtml | null {
  const leadership = figures.leadership;
  if (!leadership || !figures.leadershipBlock) return null;
  const minN = figures.minGroupSize;
  const text = (figure: Parameters<typeof figureText>[0], decimals = 0) =>
    figureText(figure, decimals, minN);
  const weeks = (figure: Parameters<typeof figureText>[0]) =>
    figure.kind === 'shown'
      ? t('report.leadership.weeks', { weeks: text(figure, 1) })
      : text(figure, 1);
  const everLed = leadership.everLedPercent;
  return section('leadership', t('report.leadership.heading'), [
    paragraph(
      t('report.leadership.roles', {
        withRole: text(leadership.membersWithRole),
        firstTime: text(leadership.firstTimeLeaders),
        everLed: everLed.kind === 'shown' ? percentText(text(everLed, 1)) : text(everLed, 1),
      }),
    ),
    paragraph(
      t('report.leadership.firstRoles', {
        supporting: weeks(leadership.weeksToFirstSupporting),
        leading: weeks(leadership.weeksToFirstLeading),
      }),
    ),
    // Few rows, many measures: on its side, so it reads on a phone without scrolling.
    blockTable(transposeBlock(figures.leadershipBlock, [t('report.leadership.thisPeriod')])),
  ]);
}
