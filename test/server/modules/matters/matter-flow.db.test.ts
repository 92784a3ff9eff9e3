import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { inboxOf, NOISE, raised, raiseInput, uploadPhotos } from './matter-fixtures';

const t = useTestDatabase();

describe('问题不下楼: a resident raises a building matter and the captain settles it', () => {
  it('a bound resident raises a matter for their own household; the captain is told, answers and resolves it, and the resident is told each time and sees the answer', async () => {
    const county = await seedCounty(t.db);
    const guardian = county.as('guardian');
    const captain = county.as('captain');
    const photos = await uploadPhotos(county, 'guardian', 2);

    const result = data<any>(await guardian('matters', 'raise', raiseInput({ photos })));
    expect(result).toMatchObject({ status: 'open', alreadyRaised: false });
    const row = await t.db.selectFrom('buildingMatters').selectAll().where('id', '=', result.matterId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      buildingId: county.buildings['幸福里社区/1号楼'],
      householdId: county.households['幸福里社区/1号楼/1单元/301'],
      raisedBy: county.people.guardian.userId,
      kind: 'noise',
      text: NOISE,
      photos,
      status: 'open',
      version: 1,
    });

    // 李桂芳, the building's captain, is told, with the room and the link to the matter.
    const told = await inboxOf(captain);
    expect(told[0]).toMatchObject({ kind: 'matter', title: '1号楼有居民找楼长：噪音扰民', link: `/features/matters/pages/matter/index?id=${result.matterId}` });
    expect(told[0].body).toContain('1单元 301');

    // Her queue shows it with the room and the masked name.
    const queue = data<any[]>(await captain('matters', 'queue'));
    expect(queue).toEqual([
      expect.objectContaining({ id: result.matterId, status: 'open', statusLabel: '待处理', kindLabel: '噪音扰民', room: '1单元 301', resident: '王**', building: '幸福里社区 1号楼', photos, actions: ['answer', 'resolve', 'report'] }),
    ]);

    const answered = data<any>(await captain('matters', 'answer', { matterId: result.matterId, text: '我今晚去502家里说一下，请他们十点后不要拖家具' }));
    expect(answered).toMatchObject({ status: 'answered', answeredBy: '楼长李桂芳', actions: ['resolve', 'report'] });
    expect((await inboxOf(guardian))[0]).toMatchObject({ kind: 'matter', title: '楼长回复了您反映的事', link: `/features/matters/pages/matter/index?id=${result.matterId}` });

    const mineAfterAnswer = data<any[]>(await guardian('matters', 'mine'));
    expect(mineAfterAnswer).toEqual([
      expect.objectContaining({ id: result.matterId, status: 'answered', statusLabel: '已回复', answer: '我今晚去502家里说一下，请他们十点后不要拖家具', answeredBy: '楼长李桂芳', isMine: true, resident: null, actions: [] }),
    ]);

    const resolved = data<any>(await captain('matters', 'resolve', { matterId: result.matterId, resolution: '已和502沟通好，晚上十点后不再拖家具' }));
    expect(resolved).toMatchObject({ status: 'resolved', statusLabel: '已解决', resolution: '已和502沟通好，晚上十点后不再拖家具', actions: [] });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await inboxOf(guardian))[0]).toMatchObject({ title: '您反映的事楼长已经解决了', body: '已和502沟通好，晚上十点后不再拖家具' });

    const detail = data<any>(await guardian('matters', 'detail', { matterId: result.matterId }));
    expect(detail).toMatchObject({ status: 'resolved', answer: '我今晚去502家里说一下，请他们十点后不要拖家具', resolution: '已和502沟通好，晚上十点后不再拖家具', photos });

    // Every step is attributable.
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId', 'actorRole']).where('subjectId', '=', result.matterId).orderBy('at').execute();
    expect(audit.map((a) => [a.action, a.actorRole])).toEqual([
      ['matter.raise', 'resident'],
      ['matter.answer', 'captain'],
      ['matter.resolve', 'captain'],
    ]);
  });

  it('shows the captain the room and the masked name but never the phone', async () => {
    const county = await seedCounty(t.db);
    await t.db.updateTable('users').set({ phone: '13912345678' }).where('id', '=', county.people.guardian.userId).execute();
    await raised(county);
    const queue = await county.as('captain')('matters', 'queue');
    const text = JSON.stringify(queue);
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('王建国');
    expect(data<any[]>(queue)[0]).toMatchObject({ room: '1单元 301', resident: '王**' });
  });

  it('lists the queue open first, then answered, then the rest, and the resident\'s own matters newest first', async () => {
    const county = await seedCounty(t.db);
    const captain = county.as('captain');
    const first = await raised(county, 'guardian', 0, { kind: 'waste', text: '楼下垃圾桶满了三天没人收' });
    const second = await raised(county, 'guardian', 0, { kind: 'clutter', text: '二楼楼道堆了旧沙发，挡住了路' });
    const third = await raised(county, 'guardian', 0, { kind: 'other', text: '单元门的门禁坏了关不上' });
    const fourth = await raised(county, 'guardian', 0, { kind: 'dispute', text: '和隔壁因为晾衣服的事吵起来了' });
    data(await captain('matters', 'resolve', { matterId: first, resolution: '已经联系物业收走了' }));
    data(await captain('matters', 'answer', { matterId: second, text: '明天我找物业一起搬走' }));

    const queue = data<any[]>(await captain('matters', 'queue'));
    expect(queue.map((m) => [m.id, m.status])).toEqual([
      [third, 'open'],
      [fourth, 'open'],
      [second, 'answered'],
      [first, 'resolved'],
    ]);
    const mine = data<any[]>(await county.as('guardian')('matters', 'mine'));
    expect(mine.map((m) => m.id)).toEqual([fourth, third, second, first]);
  });

  it('lets the community\'s staff see, answer and resolve the matters of every building of their community, and tells the staff when a building has no captain', async () => {
    const county = await seedCounty(t.db);
    const inOne = await raised(county);
    // 陈志刚 lives in 幸福里社区/2号楼, which has no captain: 孙丽 is told instead.
    const inTwo = await raised(county, 'shopkeeper', 0, { kind: 'waste', text: '2号楼门口的垃圾没人收' });
    expect((await inboxOf(county.as('staff')))[0]).toMatchObject({ title: '2号楼有居民找楼长：垃圾堆放', link: `/features/matters/pages/matter/index?id=${inTwo}` });
    expect((await inboxOf(county.as('staff'))).some((m) => m.link?.includes(inOne))).toBe(false);

    const queue = data<any[]>(await county.as('staff')('matters', 'queue'));
    expect(queue.map((m) => m.id).sort()).toEqual([inOne, inTwo].sort());
    const answered = data<any>(await county.as('staff')('matters', 'answer', { matterId: inTwo, text: '已经通知保洁今天下午来收' }));
    expect(answered.answeredBy).toBe('社区工作人员孙丽');
    expect((await inboxOf(county.as('shopkeeper')))[0]).toMatchObject({ title: '社区回复了您反映的事' });

    // Staff of another community see none of them.
    const otherStaff = await addPerson(county, '刘网格', 'staff', 'community', county.communities['和平社区']);
    expect(data<any[]>(await otherStaff.call('matters', 'queue'))).toEqual([]);
  });

  it('returns the first matter to a retry with the same key, without telling the captain twice', async () => {
    const county = await seedCounty(t.db);
    const input = raiseInput();
    const first = data<any>(await county.as('guardian')('matters', 'raise', input));
    const again = data<any>(await county.as('guardian')('matters', 'raise', { ...input, text: '重试时改了一点内容，也还是同一件事' }));
    expect(again).toEqual({ ...first, alreadyRaised: true });
    const told = (await inboxOf(county.as('captain'))).filter((m) => m.kind === 'matter');
    expect(told).toHaveLength(1);
  });

  it('refuses a text shorter than 5 characters or longer than 500, a kind not on the list and more than 9 photos, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const guardian = county.as('guardian');
    for (const bad of [{ text: '太吵' }, { text: '吵'.repeat(501) }, { kind: 'parking' }, { photos: Array.from({ length: 10 }, (_, i) => `photos/x${i}.jpg`) }]) {
      expect(errorCode(await guardian('matters', 'raise', raiseInput(bad)))).toBe('VALIDATION');
    }
    const rows = await t.db.selectFrom('buildingMatters').select('id').where('countyId', '=', county.countyId).execute();
    expect(rows).toEqual([]);
  });

  it('refuses text the content check flags, naming the field, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const refused = await county.as('guardian')('matters', 'raise', raiseInput({ text: '楼上邻居天天在家里赌博，吵得很' }));
    expect(errorCode(refused)).toBe('VALIDATION');
    expect(refused.ok ? undefined : refused.error.details?.[0].field).toBe('text');
    expect(await t.db.selectFrom('buildingMatters').select('id').where('countyId', '=', county.countyId).execute()).toEqual([]);
  });
});
