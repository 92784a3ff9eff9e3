import type { Kysely } from 'kysely';
import { beijingDay } from '../../core/clock';
import { newId } from '../../core/ids';
import type { DB, TaskLevel } from '../schema';
import type { SeededCounty } from './demo-county';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * 任务与责任书 in the demo county: a three-year plan with two yearly targets, a
 * month of 背街小巷 work in 城东片区 and two people's tasks for 周强 (县城市管理局):
 * one under way (40%), one a day past its deadline, which the scheduler's
 * first pass escalates to 城东片区's sub-command (黄建军).
 */
export async function seedTasks(db: Kysely<DB>, seeded: SeededCounty, now: Date): Promise<void> {
  const day = (days: number) => beijingDay(new Date(now.getTime() + days * DAY_MS));
  const year = beijingDay(now).slice(0, 4);
  const unit = seeded.departments;
  const east = seeded.areas['城东片区'];
  const west = seeded.areas['城西片区'];
  const handler = seeded.people.handler.userId;
  const admin = seeded.people.admin.userId;
  const rows: { id: string; parentId: string | null; level: TaskLevel; title: string; lead: string; responsible?: string[]; cooperating?: string[]; areaId?: string; dueOn: string; weight: number; assigneeId?: string; progress?: number }[] = [];
  const add = (row: (typeof rows)[number]) => (rows.push(row), row.id);
  const plan = add({ id: newId(), parentId: null, level: 'plan', title: '青禾县创建全国文明城市三年行动方案', lead: unit['县城市管理局'], responsible: [unit['县住房和城乡建设局'], unit['县公安局交警大队']], dueOn: day(720), weight: 1 });
  const cityLooks = add({ id: newId(), parentId: plan, level: 'year', title: `${year}年城区市容环境达标`, lead: unit['县城市管理局'], responsible: [unit['县住房和城乡建设局']], cooperating: [unit['县市场监督管理局']], dueOn: day(180), weight: 3 });
  const traffic = add({ id: newId(), parentId: plan, level: 'year', title: `${year}年交通秩序文明有序`, lead: unit['县公安局交警大队'], dueOn: day(180), weight: 2 });
  const alleys = add({ id: newId(), parentId: cityLooks, level: 'month', title: '背街小巷环境整治', lead: unit['县城市管理局'], cooperating: [unit['县生态环境分局']], areaId: east, dueOn: day(25), weight: 1 });
  add({ id: newId(), parentId: traffic, level: 'month', title: '路口文明交通劝导', lead: unit['县公安局交警大队'], areaId: west, dueOn: day(25), weight: 1 });
  add({ id: seeded.tasks.underWay, parentId: alleys, level: 'person', title: '幸福里东巷乱堆乱放清理', lead: unit['县城市管理局'], areaId: east, dueOn: day(5), weight: 2, assigneeId: handler, progress: 40 });
  add({ id: seeded.tasks.overdue, parentId: alleys, level: 'person', title: '和平社区门前占道经营劝导', lead: unit['县城市管理局'], cooperating: [unit['县市场监督管理局']], areaId: east, dueOn: day(-1), weight: 1, assigneeId: handler, progress: 20 });
  await db
    .insertInto('taskNodes')
    .values(
      rows.map((r, n) => ({
        id: r.id,
        countyId: seeded.countyId,
        parentId: r.parentId,
        level: r.level,
        title: r.title,
        leadUnitId: r.lead,
        responsibleUnitIds: r.responsible ?? [],
        cooperatingUnitIds: r.cooperating ?? [],
        areaId: r.areaId ?? null,
        dueOn: r.dueOn,
        weight: r.weight,
        assigneeId: r.assigneeId ?? null,
        progress: r.progress ?? 0,
        doneAt: null,
        createdBy: admin,
        createdAt: new Date(now.getTime() - (rows.length - n) * 60_000),
      })),
    )
    .execute();
  await db
    .insertInto('taskProgress')
    .values(
      rows
        .filter((r) => r.progress)
        .map((r) => ({ id: newId(), countyId: seeded.countyId, taskId: r.id, userId: handler, percent: r.progress!, note: '已和社区对接，正在分段清理。', photos: '[]', createdAt: new Date(now.getTime() - DAY_MS) })),
    )
    .execute();
}
