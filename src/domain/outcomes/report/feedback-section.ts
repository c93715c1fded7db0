/** "Group feedback": how many anonymous responses came each month; never what they said. */
import { t } from '../../i18n';
import { figureText } from '../format';
import type { FeedbackFigures } from '../feedback';
import { feedbackFiguresBlock } from '../feedback-tab';
import type { SafeHtml } from '../safe-html';
import { blockTable, paragraph, section } from './elements';
import type { ReportFigures } from './report-figures';

/** The section's words in the language of the run (each read when used). */
export const FEEDBACK_REPORT_TEXT = {
  get title() {
    return t('report.feedback.heading');
  },
  intro: (total: string) => t('report.feedback.intro', { total }),
  get none() {
    return t('report.feedback.none');
  },
};

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
