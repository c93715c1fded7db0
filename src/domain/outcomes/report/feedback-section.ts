/** "Group feedback": how many anonymous responses came each month; never what they said. */
import { figureText } from '../format';
import type { FeedbackFigures } from '../feedback';
import { feedbackFiguresBlock } from '../feedback-tab';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';

export const FEEDBACK_REPORT_TEXT = {
  title: 'Group feedback',
  intro: (total: string) =>
    'Members can give feedback at any time on an anonymous form: a rating of the recent sessions and what they would like more of, less of, or ideas. ' +
    `Responses in this period: ${total}. What people wrote stays with the facilitators, who read every response; this report only counts them.`,
  none: 'No feedback came through the anonymous Group feedback form in this period.',
} as const;

export function feedbackSection(figures: ReportFigures): SafeHtml {
  const feedback: FeedbackFigures = figures.feedback;
  if (!feedback.anyFeedback)
    return section('feedback', FEEDBACK_REPORT_TEXT.title, [paragraph(FEEDBACK_REPORT_TEXT.none)]);
  return section('feedback', FEEDBACK_REPORT_TEXT.title, [
    paragraph(
      // A total hidden only to protect a month says so (figureText gives each reason's words).
      FEEDBACK_REPORT_TEXT.intro(figureText(feedback.totalResponses, 0, feedback.minGroupSize)),
    ),
    blockTable(feedbackFiguresBlock(feedback)),
  ]);
}
