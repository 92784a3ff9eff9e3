import { beijingDay } from '../../../../server/core/clock';
import { data, type TestCounty } from '../../../support/app';

const DAY_MS = 24 * 3_600_000;
/** A Beijing day `days` from now. */
export const dayFromNow = (days: number) => beijingDay(new Date(Date.now() + days * DAY_MS));

/** plan → year → month, led by 县城市管理局, in 城东片区, due in `due` days (the month's; the rest later). */
export async function chain(county: TestCounty, options: { due?: number; area?: string; title?: string } = {}) {
  const admin = county.as('admin');
  const lead = county.departments['县城市管理局'];
  const areaId = county.areas[options.area ?? '城东片区'];
  const due = options.due ?? 30;
  const plan = data<{ id: string }>(await admin('tasks', 'create', { title: options.title ?? '三年行动方案', leadUnitId: lead, dueOn: dayFromNow(Math.max(due, 0) + 60), areaId })).id;
  const year = data<{ id: string }>(await admin('tasks', 'create', { parentId: plan, title: '年度目标：市容达标', leadUnitId: lead, dueOn: dayFromNow(Math.max(due, 0) + 30) })).id;
  const month = data<{ id: string }>(await admin('tasks', 'create', { parentId: year, title: '月度任务：背街小巷', leadUnitId: lead, dueOn: dayFromNow(due) })).id;
  return { plan, year, month, lead, areaId };
}

/** A person's task for 周强 (县城市管理局's handler) under `month`. */
export async function personTask(county: TestCounty, month: string, options: { title?: string; weight?: number; dueOn?: string; leadUnitId?: string; responsibleUnitIds?: string[] } = {}) {
  const input = {
    parentId: month,
    title: options.title ?? '东巷乱堆乱放清理',
    leadUnitId: options.leadUnitId ?? county.departments['县城市管理局'],
    responsibleUnitIds: options.responsibleUnitIds ?? [],
    dueOn: options.dueOn ?? dayFromNow(5),
    weight: options.weight ?? 1,
    assigneeId: county.people.handler.userId,
  };
  return data<{ id: string }>(await county.as('admin')('tasks', 'create', input)).id;
}

/** The node `id` of the admin's plan tree. */
export async function nodeOf(county: TestCounty, id: string): Promise<any> {
  const plan = data<{ plans: any[] }>(await county.as('admin')('tasks', 'plan', {}));
  const walk = (nodes: any[]): any => nodes.map((n) => (n.id === id ? n : walk(n.children))).find(Boolean);
  return walk(plan.plans);
}

/** The CSV's cells (no cell of the weekly report is quoted: unit names and counts). */
export function parseCsv(csv: string): string[][] {
  return csv.replace(/^\ufeff/, '').split('\r\n').filter(Boolean).map((line) => line.split(','));
}
