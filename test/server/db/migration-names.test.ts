import { migrations } from '../../../server/db/migrations';
import { MIGRATION_NAMES } from '../../../server/db/migrations/names';

describe('the migration list', () => {
  it('that functions check the schema against names every migration there is, in order', () => {
    expect([...MIGRATION_NAMES]).toEqual(Object.keys(migrations));
    expect([...MIGRATION_NAMES]).toEqual([...MIGRATION_NAMES].sort());
  });
});
