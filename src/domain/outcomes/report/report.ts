/**
 * The outcome report (SPEC section 5): one self-contained HTML document for a chosen period,
 * with inline CSS and inline SVG charts, no scripts and no external resources, so it can be
 * shown in a dialog, saved to Drive, printed or mailed as it is.
 */
import { describePeriod } from '../period';
import { joinHtml, markup, type SafeHtml } from '../safe-html';
import type { ReportInput } from '../inputs';
import { caveatsSection } from './caveats-section';
import { communitySection } from './community-section';
import { paragraph } from './elements';
import { growthSection } from './growth-section';
import { methodSection } from './method-section';
import { participationSection } from './participation-section';
import { computeReportFigures, type ReportFigures } from './report-figures';
import { REPORT_STYLE } from './style';
import { summarySection } from './summary-section';
import { wellbeingSection } from './wellbeing-section';

export function buildReportHtml(input: ReportInput): string {
  const figures = computeReportFigures(input);
  const title = `${figures.groupName}: outcome report, ${describePeriod(figures.period)}`;
  const header = markup`<header><h1>${figures.groupName}</h1>${paragraph(`Outcome report, ${describePeriod(figures.period)}`, 'subtitle')}${paragraph(`Prepared on ${figures.today} with Peer Circle, from the group’s own records. Figures about fewer than ${figures.minGroupSize} members are suppressed.`, 'meta')}</header>`;
  const sections = [
    header,
    summarySection(figures),
    methodSection(figures),
    participationSection(figures),
    growthSection(figures),
    wellbeingSection(figures),
    communitySection(figures),
    caveatsSection(figures),
    footer(figures),
  ];
  const document = markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<main>
${joinHtml(sections, '\n')}
</main>
</body>
</html>
`;
  return document.safeHtml;
}

/** Copyright lines must accompany any report of the instrument's results (SWEMWBS terms). */
function footer(figures: ReportFigures): SafeHtml {
  const lines = figures.growth.instruments
    .map((change) => change.instrument.licence.copyrightLine)
    .filter((line): line is string => line !== null);
  return markup`<footer>${lines.map((line) => paragraph(line, 'source'))}</footer>`;
}
