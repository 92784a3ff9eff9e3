/**
 * The parts of a community's monthly assessment (月度考核). Each part gives a
 * community a 0–100 score for a month, or nothing when it has no data that
 * month. A new part is one more key here, a label and a default weight, and
 * one more source in ../sources.ts. A county that saved its weights before a
 * part was added reads that part as 0 (its saved weights still add up to 100)
 * until the admin sets it; a month published before keeps the parts it had.
 */
export const ASSESSMENT_PARTS = ['inspections', 'reportsOnTime', 'reportsSatisfaction', 'questionnaires', 'tasks'] as const;
export type AssessmentPart = (typeof ASSESSMENT_PARTS)[number];

export const PART_LABELS: Record<AssessmentPart, string> = {
  inspections: '督查暗访得分率',
  reportsOnTime: '随手拍按时办结',
  reportsSatisfaction: '随手拍群众满意度',
  questionnaires: '问卷满意度',
  tasks: '任务完成',
};

/**
 * The weights until the county admin sets their own (they add up to 100).
 * 督查暗访 stays the largest single part (30): inspectors' own on-site checks
 * of the standards are what the title is judged on. Getting work done on
 * time — 随手拍 cases (20) and the plan's tasks (20) — counts as much again
 * between them (40). What residents say — their ratings of fixed cases (15)
 * and the questionnaires (15) — together weighs as much as the inspections.
 */
export const DEFAULT_WEIGHTS: Record<AssessmentPart, number> = {
  inspections: 30,
  reportsOnTime: 20,
  reportsSatisfaction: 15,
  questionnaires: 15,
  tasks: 20,
};
