/**
 * The parts of a community's monthly assessment (月度考核). Each part gives a
 * community a 0–100 score for a month, or nothing when it has no data that
 * month. A new part (e.g. task completion, 任务完成) is one more key here, a
 * label and a default weight, and one more source in ../sources.ts.
 */
export const ASSESSMENT_PARTS = ['inspections', 'reportsOnTime', 'reportsSatisfaction', 'questionnaires'] as const;
export type AssessmentPart = (typeof ASSESSMENT_PARTS)[number];

export const PART_LABELS: Record<AssessmentPart, string> = {
  inspections: '督查暗访得分率',
  reportsOnTime: '随手拍按时办结',
  reportsSatisfaction: '随手拍群众满意度',
  questionnaires: '问卷满意度',
};

/** The weights until the county admin sets their own (they add up to 100). */
export const DEFAULT_WEIGHTS: Record<AssessmentPart, number> = {
  inspections: 40,
  reportsOnTime: 20,
  reportsSatisfaction: 20,
  questionnaires: 20,
};
