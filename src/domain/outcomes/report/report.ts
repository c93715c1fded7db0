/**
 * The outcome report (SPEC section 5): one self-contained HTML document for a chosen period,
 * with inline CSS and inline SVG charts, no scripts and no external resources, so it can be
 * shown in a dialog, saved to Drive, printed or mailed as it is.
 */
import { currentLanguage, t } from '../../i18n';
import { describePeriod } from '../period';
import { joinHtml, markup, SafeHtml } from '../safe-html';
import type { ReportInput } from '../inputs';
import { caveatsSection } from './caveats-section';
import { communitySection } from './community-section';
import { communityStigmaSection } from './community-stigma-section';
import { paragraph } from './elements';
import { growthSection } from './growth-section';
import { leadershipSection } from './leadership-section';
import { opennessSection } from './openness-section';
import { feedbackSection } from './feedback-section';
import { storiesSection } from './stories-section';
import { methodSection } from './method-section';
import { participationSection } from './participation-section';
import { computeReportFigures } from './report-figures';
import { REPORT_STYLE } from './style';
import { summarySection } from './summary-section';
import { wellbeingSection } from './wellbeing-section';

/** The group's support line, set apart under the title (SPEC section 9, "Signposting"). */
function supportLine(line: string): SafeHtml {
  if (line === '') return markup``;
  return paragraph(t('report.supportLine', { line }), 'support-line');
}

export function buildReportHtml(input: ReportInput): string {
  const figures = computeReportFigures(input);
  const period = describePeriod(figures.period);
  const title = t('report.documentTitle', { groupName: figures.groupName, period });
  const meta = t('report.meta', { today: figures.today, minN: figures.minGroupSize });
  const header = markup`<header><h1>${figures.groupName}</h1>${paragraph(t('report.subtitle', { period }), 'subtitle')}${paragraph(meta, 'meta')}${supportLine(figures.supportLine)}</header>`;
  const sections = [
    header,
    summarySection(figures),
    methodSection(figures),
    participationSection(figures),
    ...optional(leadershipSection(figures)),
    growthSection(figures),
    wellbeingSection(figures),
    opennessSection(figures),
    communitySection(figures),
    communityStigmaSection(figures),
    feedbackSection(figures),
    storiesSection(figures),
    caveatsSection(figures),
  ];
  const document = markup`<!DOCTYPE html>
<html lang="${currentLanguage()}">
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
  return sayEachNoteOnce(document.safeHtml);
}

/**
 * A note or definition is said once, where it first applies: a later paragraph or list item
 * with the very same text (a table's note repeated in "Reading these figures") is left out.
 * Works on the finished markup, where every text is already escaped, so nothing is unescaped.
 */
export function sayEachNoteOnce(html: string): string {
  const said = new Set<string>();
  return html.replace(
    /<(p|li)(\s[^>]*)?>([^<]{40,})<\/\1>\n?/g,
    (whole, _tag: string, _attributes: string | undefined, text: string) => {
      const key = text.trim();
      if (said.has(key)) return '';
      said.add(key);
      return whole;
    },
  );
}

function optional<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}
