import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, moveTo, raised, raiseInput, SPOT, uploadPhotos } from './matter-fixtures';

const t = useTestDatabase();

const STEPS = (matterId: string, litter: string) =>
  [
    ['answer', { matterId, text: '我来处理一下' }],
    ['resolve', { matterId, resolution: '已经处理好了' }],
    ['report', { matterId, categoryId: litter, ...SPOT }],
  ] as const;

async function countMatters(countyId: string) {
  return (await t.db.selectFrom('buildingMatters').select('id').where('countyId', '=', countyId).execute()).length;
}

describe('who may raise, see and settle a building matter', () => {
  it('refuses a resident bound to no household with FORBIDDEN and a message that leads to binding', async () => {
    const county = await seedCounty(t.db);
    const refused = await county.as('resident')('matters', 'raise', raiseInput());
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.ok ? '' : refused.error.message).toContain('绑定住户');
    expect(await countMatters(county.countyId)).toBe(0);
  });

  it('refuses a resident whose binding request is still waiting for the captain', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/2单元/402'], relation: 'tenant' }));
    expect(errorCode(await county.as('resident')('matters', 'raise', raiseInput()))).toBe('FORBIDDEN');
  });

  it('refuses photos the resident did not upload', async () => {
    const county = await seedCounty(t.db);
    const theirs = await uploadPhotos(county, 'captain', 1);
    const refused = await county.as('guardian')('matters', 'raise', raiseInput({ photos: theirs }));
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await countMatters(county.countyId)).toBe(0);
  });

  it('keeps a captain of another building out: not in their queue, not to be opened, answered, resolved or reported', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county);
    const litter = await categoryId(county, '乱扔垃圾');
    const elsewhere = await addPerson(county, '周楼长', 'captain', 'building', county.buildings['幸福里社区/2号楼']);
    expect(data<any[]>(await elsewhere.call('matters', 'queue'))).toEqual([]);
    expect(errorCode(await elsewhere.call('matters', 'detail', { matterId }))).toBe('NOT_FOUND');
    for (const [action, input] of STEPS(matterId, litter)) {
      expect([action, errorCode(await elsewhere.call('matters', action, input))]).toEqual([action, 'FORBIDDEN']);
    }
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', matterId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'open', version: 1 });
  });

  it('keeps staff of another community out', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county);
    const litter = await categoryId(county, '乱扔垃圾');
    const otherStaff = await addPerson(county, '刘网格', 'staff', 'community', county.communities['和平社区']);
    expect(errorCode(await otherStaff.call('matters', 'detail', { matterId }))).toBe('NOT_FOUND');
    for (const [action, input] of STEPS(matterId, litter)) {
      expect([action, errorCode(await otherStaff.call('matters', action, input))]).toEqual([action, 'FORBIDDEN']);
    }
  });

  it('keeps a resident of another building out, and the resident who raised it from settling it themselves', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county);
    const litter = await categoryId(county, '乱扔垃圾');
    // 陈志刚 lives in 幸福里社区/2号楼.
    const neighbour = county.as('shopkeeper');
    expect(errorCode(await neighbour('matters', 'queue'))).toBe('FORBIDDEN');
    expect(errorCode(await neighbour('matters', 'detail', { matterId }))).toBe('NOT_FOUND');
    expect(data<any[]>(await neighbour('matters', 'mine'))).toEqual([]);
    for (const [action, input] of STEPS(matterId, litter)) {
      expect([action, errorCode(await neighbour('matters', action, input))]).toEqual([action, 'FORBIDDEN']);
      expect([action, errorCode(await county.as('guardian')('matters', action, input))]).toEqual([action, 'FORBIDDEN']);
    }
  });

  it('leaves a moved resident\'s matter with their old building: its captain still sees and settles it, the new building\'s captain does not, and the resident still sees it; their next matter goes to the new building', async () => {
    const county = await seedCounty(t.db);
    const old = await raised(county);
    await moveTo(county, 'guardian', '幸福里社区/2号楼/1单元/601');
    const newCaptain = await addPerson(county, '周楼长', 'captain', 'building', county.buildings['幸福里社区/2号楼']);

    expect(data<any[]>(await county.as('captain')('matters', 'queue')).map((m) => m.id)).toEqual([old]);
    expect(data<any[]>(await newCaptain.call('matters', 'queue'))).toEqual([]);
    expect(errorCode(await newCaptain.call('matters', 'answer', { matterId: old, text: '我来处理一下' }))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('guardian')('matters', 'detail', { matterId: old }))).toMatchObject({ room: '1单元 301', building: '幸福里社区 1号楼' });

    const next = await raised(county, 'guardian', 0, { kind: 'waste', text: '新家楼下的垃圾桶坏了' });
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', next).executeTakeFirstOrThrow();
    expect(row.buildingId).toBe(county.buildings['幸福里社区/2号楼']);
    expect(data<any[]>(await newCaptain.call('matters', 'queue')).map((m) => m.id)).toEqual([next]);
    expect(data<any[]>(await county.as('captain')('matters', 'queue')).map((m) => m.id)).toEqual([old]);

    data(await county.as('captain')('matters', 'answer', { matterId: old, text: '您搬走前反映的噪音，已经和楼上说好了' }));
    expect(data<any[]>(await county.as('guardian')('matters', 'mine')).map((m) => [m.id, m.status])).toEqual([
      [next, 'open'],
      [old, 'answered'],
    ]);
  });

  it('refuses every step once a matter is resolved, and every step once it is reported, with CONFLICT', async () => {
    const county = await seedCounty(t.db);
    const litter = await categoryId(county, '乱扔垃圾');
    const resolved = await raised(county);
    data(await county.as('captain')('matters', 'resolve', { matterId: resolved, resolution: '已经处理好了' }));
    const reported = await raised(county, 'guardian', 1);
    data(await county.as('captain')('matters', 'report', { matterId: reported, categoryId: litter, ...SPOT }));
    for (const matterId of [resolved, reported]) {
      for (const [action, input] of STEPS(matterId, litter)) {
        expect([action, errorCode(await county.as('captain')('matters', action, input))]).toEqual([action, 'CONFLICT']);
        expect([action, errorCode(await county.as('staff')('matters', action, input))]).toEqual([action, 'CONFLICT']);
      }
    }
    expect((await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).execute()).length).toBe(1);
  });

  it('answers a matter once: a second answer is refused with CONFLICT', async () => {
    const county = await seedCounty(t.db);
    const matterId = await raised(county);
    data(await county.as('captain')('matters', 'answer', { matterId, text: '我今晚就去楼上说' }));
    const again = await county.as('staff')('matters', 'answer', { matterId, text: '社区也会跟进' });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('does not let anyone open a matter of another county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const matterId = await raised(county);
    expect(errorCode(await other.as('captain')('matters', 'detail', { matterId }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('captain')('matters', 'answer', { matterId, text: '我来处理一下' }))).toBe('NOT_FOUND');
  });

  it('refuses a call with no caller', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.anonymous('matters', 'mine'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await county.anonymous('matters', 'raise', raiseInput()))).toBe('UNAUTHENTICATED');
  });
});
