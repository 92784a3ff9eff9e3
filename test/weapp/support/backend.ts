import type { DemoKey } from '../../../server/db/seed/demo-county';
import type { memoryFileStore } from '../../../server/core/files/memory-file-store';
import { findModule } from '../../../server/modules';
import { dispatch } from '../../../server/runtime/dispatch';
import { seedCounty, type TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { MiniProgram, type LaunchOptions } from './mini-program';

/**
 * The compiled mini-program against the server's real handlers on the run's
 * PostgreSQL: wx.cloud.callFunction({ name, data }) is the cloud function
 * `name` called by the person signed in on the phone, exactly as the cloud
 * entry dispatches it (server/runtime/cloud-main.ts).
 */
export function useMiniProgram(options: Omit<LaunchOptions, 'cloud' | 'upload'> = {}) {
  const t = useTestDatabase();
  const state: { county?: TestCounty; openid?: string; program?: MiniProgram; failing: Set<string> } = { failing: new Set() };

  const cloud = async (name: string, data: unknown) => {
    if (!state.county) throw new Error('seed a county first');
    const action = `${name}.${(data as { action?: string } | null)?.action}`;
    // A function that is down for one call (a timeout, a cold start that failed), as the phone would see it.
    if (state.failing.delete(action)) return { ok: false, error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试' } };
    const module = findModule(name);
    if (!module) return { ok: false, error: { code: 'UNKNOWN_ACTION', message: `没有云函数 ${name}` } };
    return dispatch(state.county.runtime, module, data, { openid: state.openid });
  };

  // wx.cloud.uploadFile puts the bytes where the cloud functions' file store reads what the phone uploaded.
  const upload = async (cloudPath: string, bytes: Buffer) => {
    if (!state.county) throw new Error('seed a county first');
    const fileId = `cloud://test-env/${cloudPath}`;
    (state.county.runtime.files as ReturnType<typeof memoryFileStore>).incoming.set(fileId, bytes);
    return fileId;
  };

  beforeAll(() => {
    state.program = new MiniProgram({ ...options, cloud, upload }).boot();
  });
  afterAll(() => {
    if (process.env.WEAPP_VERBOSE && state.program?.wx.unstubbed.size) console.log('wx calls without a stub:', [...state.program.wx.unstubbed].join(', '));
    state.program?.close();
  });
  // A compiled template that could not render what React asked for fails the test that caused it.
  afterEach(() => {
    const program = state.program;
    if (!program) return;
    const errors = program.templateErrors();
    program.messages.length = 0;
    // The tab pages' kept answers (src/lib/answer-cache.ts) are this test's county's: the next test seeds its own.
    const wx = (globalThis as any).wx;
    for (const key of wx.getStorageInfoSync().keys as string[]) if (key.startsWith('ct.answer.')) wx.removeStorageSync(key);
    expect(errors).toEqual([]);
  });

  return {
    get db() {
      return t.db;
    },
    get program(): MiniProgram {
      if (!state.program) throw new Error('the mini-program has not booted');
      return state.program;
    },
    get county(): TestCounty {
      if (!state.county) throw new Error('seed a county first');
      return state.county;
    },
    /** A county of its own for this test, with the demo people. */
    async seed(): Promise<TestCounty> {
      state.county = await seedCounty(t.db);
      return state.county;
    },
    /** The next call of `module.action` answers INTERNAL, as a function that could not serve it. */
    failNext(module: string, action: string) {
      state.failing.add(`${module}.${action}`);
    },
    /** The person holding the phone from now on (their WeChat OPENID), starting on `url`. */
    async signIn(person: DemoKey | { openid: string }, url = '/pages/home/index') {
      const county = this.county;
      state.openid = typeof person === 'string' ? county.people[person].openid : person.openid;
      return this.program.relaunch(url);
    },
  };
}
