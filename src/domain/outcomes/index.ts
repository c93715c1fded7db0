/**
 * Outcome tabs and the outcome report (SPEC section 5), computed purely from plain inputs.
 * The adapter reads the tabs into OutcomeInput, writes each tab with toGrid, and shows or saves
 * buildReportHtml's document.
 */
export type {
  ActivityKind,
  OutcomeActivity,
  OutcomeCheckIn,
  OutcomeInput,
  OutcomeMember,
  OutcomeSession,
  OutcomeSettings,
  OutcomeSurvey,
  Participation,
  Period,
  ReportInput,
  SurveyWave,
} from './inputs';
export type { Cell, ChartSpec, NumberCell, OutcomeBlock, OutcomeTab } from './tab';
export type { ChartAnchor, Grid, GridValue } from './grid';
export { AUTOMATIC_FORMAT } from './grid';
export type { Figure } from './figure';
export { toGrid, CHART_HEIGHT_ROWS, CHART_SIZE_PX } from './grid';
export { buildParticipation, PARTICIPATION_TITLE } from './participation-tab';
export { buildGrowthAndStigma, GROWTH_TITLE } from './growth-tab';
export { buildWellbeingTrend, WELLBEING_TITLE } from './wellbeing-tab';
export { buildCommunityStigma, COMMUNITY_STIGMA_TITLE } from './community-stigma-tab';
export { buildReportHtml } from './report/report';
export { suppressedText } from './format';
export { wholeHistory } from './period';
