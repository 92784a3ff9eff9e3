import { z } from 'zod';
import { dayField, idField, noInput, optionalText, textField } from '../../core/fields';

/** 任务与责任书: the levels of the command centre's plan tree, top down. */
export const TASK_LEVELS = ['plan', 'year', 'month', 'person'] as const;
export type TaskLevel = (typeof TASK_LEVELS)[number];
export const LEVEL_LABELS: Record<TaskLevel, string> = { plan: '总体方案', year: '年度目标', month: '月度任务', person: '个人任务' };
/** What level a node's children are: a plan holds yearly targets, a year monthly tasks, a month people's tasks. */
export const CHILD_LEVEL: Record<TaskLevel, TaskLevel | null> = { plan: 'year', year: 'month', month: 'person', person: null };
export const MAX_UNITS = 20;
export const MAX_PHOTOS = 6;
/** Days before its deadline an unfinished task counts as at risk in the weekly report, and below which progress. */
export const AT_RISK_DAYS = 7;
export const AT_RISK_BELOW = 80;

const whole = (label: string, min: number, max: number) =>
  z.number({ invalid_type_error: `请填写${label}` }).int({ message: `${label}要填整数` }).min(min, { message: `${label}至少${min}` }).max(max, { message: `${label}不能超过${max}` });
const units = z.array(idField()).max(MAX_UNITS, { message: `最多${MAX_UNITS}个单位` }).default([]);
const photoRef = z.string().trim().min(1).max(300);

export const taskInputs = {
  /** The whole plan tree with progress rolled up (the command centre). */
  plan: noInput(),
  /** What the builder picks from: the county's units, areas and the people who can be given a task. */
  options: noInput(),
  /** A node: a plan (no parent) or the next level under `parentId`; a person's task names its assignee. */
  create: z
    .object({
      parentId: idField().optional(),
      title: textField(60, 2),
      leadUnitId: idField(),
      responsibleUnitIds: units,
      cooperatingUnitIds: units,
      areaId: idField().optional(),
      dueOn: dayField(),
      weight: whole('权重', 1, 100).default(1),
      assigneeId: idField().optional(),
    })
    .strict(),
  /**
   * 修改 a node: everything the builder set (its level and parent stay). A
   * person's task may go to another person. `version` is the one the command
   * centre saw: an edit on a node changed since is refused (CONFLICT), never
   * written over it.
   */
  edit: z
    .object({
      taskId: idField(),
      version: whole('版本', 1, 1_000_000),
      title: textField(60, 2),
      leadUnitId: idField(),
      responsibleUnitIds: units,
      cooperatingUnitIds: units,
      areaId: idField().optional(),
      dueOn: dayField(),
      weight: whole('权重', 1, 100),
      assigneeId: idField().optional(),
    })
    .strict(),
  /** 移动 a node under another parent of the level above its own (a plan is never moved). */
  move: z.object({ taskId: idField(), version: whole('版本', 1, 1_000_000), parentId: idField() }).strict(),
  /**
   * 撤销 a node and everything under it: they stay in the plan, marked, with
   * their reports, but count in no roll-up, report or board from now on.
   */
  withdraw: z.object({ taskId: idField(), version: whole('版本', 1, 1_000_000), reason: textField(100, 2) }).strict(),
  /** The caller's tasks: given to them, or to a unit they handle. */
  mine: noInput(),
  task: z.object({ taskId: idField() }).strict(),
  /** 汇报进度: a percentage, a note and photos. */
  report: z
    .object({
      taskId: idField(),
      percent: whole('进度', 0, 100),
      note: optionalText(200),
      photos: z.array(photoRef).max(MAX_PHOTOS, { message: `最多${MAX_PHOTOS}张照片` }).default([]),
    })
    .strict(),
  /** 片区分指挥部's board: the overdue tasks escalated to the caller's areas. */
  board: noInput(),
  /** The weekly report (Beijing Monday–Sunday) of the week holding `day` (this week when absent). */
  weekly: z.object({ day: dayField().optional() }).strict(),
  weeklyCsv: z.object({ day: dayField().optional() }).strict(),
  /** The year's 目标责任书 and where the caller's units stand with it. */
  letter: noInput(),
  signLetter: z.object({ versionId: idField(), departmentId: idField() }).strict(),
};

export interface UnitOption {
  id: string;
  name: string;
}

export interface TaskOptions {
  units: UnitOption[];
  areas: UnitOption[];
  /** The units' handlers, whom a person's task can be given to. */
  people: { userId: string; name: string; unit: string }[];
}

export interface TaskNodeView {
  id: string;
  parentId: string | null;
  level: TaskLevel;
  levelLabel: string;
  title: string;
  /** What an edit, move or withdrawal must name (it changes with each). */
  version: number;
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId: string | null;
  assigneeId: string | null;
  leadUnit: string;
  responsibleUnits: string[];
  cooperatingUnits: string[];
  area: string | null;
  dueOn: string;
  weight: number;
  assignee: string | null;
  /** Rolled up by weight from the children (a person's task: its own last report), 0–100, whole. */
  progress: number;
  done: boolean;
  overdue: boolean;
  escalated: boolean;
  /** 已撤销: shown with its reason and its progress when withdrawn; counted nowhere. */
  withdrawn: boolean;
  withdrawReason: string | null;
  children: TaskNodeView[];
}

export interface WithdrawResult {
  /** The nodes withdrawn: this one and those under it that were still counted. */
  withdrawn: number;
  /** How many of them had progress reported (kept, no longer counted). */
  withReports: number;
}

export interface PlanView {
  today: string;
  plans: TaskNodeView[];
}

export interface ProgressEntry {
  id: string;
  percent: number;
  note: string;
  photos: string[];
  by: string;
  at: string;
}

export interface TaskDetail {
  task: Omit<TaskNodeView, 'children'>;
  /** Where it sits: the titles of its plan, year and month. */
  path: string[];
  canReport: boolean;
  history: ProgressEntry[];
}

export interface MyTask {
  id: string;
  title: string;
  path: string[];
  leadUnit: string;
  dueOn: string;
  progress: number;
  done: boolean;
  overdue: boolean;
  mine: boolean;
}

export interface BoardEntry {
  id: string;
  title: string;
  area: string;
  leadUnit: string;
  assignee: string | null;
  dueOn: string;
  progress: number;
  escalatedAt: string;
}

export interface WeeklyRow {
  unitId: string;
  unit: string;
  done: number;
  late: number;
  atRisk: number;
}

export interface WeeklyReport {
  /** Monday and Sunday of the week, Beijing days. */
  weekStart: string;
  weekEnd: string;
  rows: WeeklyRow[];
  totals: { done: number; late: number; atRisk: number };
}

export interface LetterUnit {
  departmentId: string;
  name: string;
  signed: { signerNo: number; signedAt: string; signer: string; version: number } | null;
}

export interface LetterView {
  countyName: string;
  text: { versionId: string; version: number; title: string; preamble: string; articles: string[]; signerCount: number } | null;
  units: LetterUnit[];
}

export interface SignLetterResult {
  signerNo: number;
  signedAt: string;
  alreadySigned: boolean;
}
