import { addPerson, data, seedCounty, TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { writeCounter } from '../../support/write-counter';
import { findModule } from '../../../server/modules';
import { dispatch } from '../../../server/runtime/dispatch';
import { listedReward, residentsWithPoints } from '../modules/mall/mall-fixtures';

/**
 * Station staff run their own station's 积分超市 only. Each row: the staff of
 * another station acts on 幸福里新时代文明实践站 — refused, nothing written;
 * the same call by its own staff goes through.
 */
const t = useTestDatabase();

async function otherStationStaff(county: TestCounty) {
  const stationId = crypto.randomUUID();
  await county.runtime.db.insertInto('stations').values({ id: stationId, countyId: county.countyId, name: `和平实践站${stationId.slice(0, 4)}`, kind: 'station', communityId: null, address: '', latitude: 34.8, longitude: 114.8, createdAt: new Date() }).execute();
  return addPerson(county, '和平实践站工作人员', 'station', 'station', stationId);
}

async function pending(county: TestCounty) {
  const rewardId = await listedReward(county);
  const [p] = await residentsWithPoints(county, 1, 100);
  return data<any>(await p.call('mall', 'redeem', { rewardId }));
}

const ROWS: { does: string; call(county: TestCounty): Promise<{ action: string; input: unknown }> }[] = [
  { does: 'hands over an item of this station', call: async (county) => ({ action: 'handOver', input: { stationId: county.stationId, code: (await pending(county)).code.digits } }) },
  { does: 'cancels a redemption at this station', call: async (county) => ({ action: 'cancel', input: { redemptionId: (await pending(county)).id, reason: '库存不够了' } }) },
  { does: 'marks a redemption for 送上门', call: async (county) => ({ action: 'markDelivery', input: { redemptionId: (await pending(county)).id, delivery: true } }) },
  { does: 'adds stock to a reward of this station', call: async (county) => ({ action: 'moveStock', input: { rewardId: county.rewards.book, kind: 'in', delta: 5 } }) },
  { does: 'lists a new reward at this station', call: async (county) => ({ action: 'createReward', input: { stationId: county.stationId, kind: 'gift', name: '毛巾', price: 10, perPersonLimit: 1, stock: 5 } }) },
  { does: 'edits a reward of this station', call: async (county) => ({ action: 'updateReward', input: { rewardId: county.rewards.book, kind: 'book', name: '改了名字', price: 1, perPersonLimit: 9, status: 'listed' } }) },
  { does: "reads this station's waiting list", call: async (county) => ({ action: 'waiting', input: { stationId: county.stationId } }) },
];

describe('staff of another station', () => {
  for (const row of ROWS) {
    it(`${row.does}: refused, nothing written; this station's staff may`, async () => {
      const county = await seedCounty(t.db);
      const outsider = await otherStationStaff(county);
      const { action, input } = await row.call(county);
      const { counter, plugin } = writeCounter();
      const runtime = { ...county.runtime, db: county.runtime.db.withPlugin(plugin) };
      const answer = await dispatch(runtime, findModule('mall')!, { action, input }, { openid: outsider.openid });
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(counter.writes).toBe(0);
      expect((await county.as('station')('mall', action, input)).ok).toBe(true);
    });
  }
});
