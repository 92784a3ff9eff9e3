// One cloud function instance, as the platform runs it: one process holding
// one function's bundle, one call at a time, the caller set in the environment
// for each invocation. Calls it for `seconds` and prints what it saw as JSON.
const path = require('node:path');

const [functionsDir, fn, workerId, seconds, versionId] = process.argv.slice(2);
const main = require(path.join(functionsDir, fn, 'index.js')).main;

/** What a resident's phone asks on opening 首页 and the tabs, and an idempotent write, by function. */
const ACTIONS = {
  campaign: [['summary', {}], ['todo', {}]],
  inbox: [['unreadCount', {}], ['list', {}]],
  conventions: [['list', {}], ['sign', { versionId }]],
  identity: [['me', {}]],
  activities: [['list', {}]],
};
const calls = ACTIONS[fn];

/**
 * A call that never settles must be counted, not lost: with nothing else
 * pending, Node would end the process quietly (exit 0, no report). The timer
 * keeps the process alive while it waits, and turns the wait into an error.
 */
const CALL_LIMIT_MS = 15_000;
async function callWithin(ms, event) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: { code: 'NO_ANSWER', message: `no answer in ${ms / 1000} s` } }), ms);
  });
  try {
    return await Promise.race([main(event, {}), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function run() {
  const until = Date.now() + Number(seconds) * 1000;
  const outcome = { calls: 0, ok: 0, errors: {}, messages: {} };
  let i = 0;
  while (Date.now() < until) {
    const [action, input] = calls[i % calls.length];
    // Twenty-five people per instance, each a first-time WeChat user on their first call.
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID';
    process.env.WX_OPENID = `load-${workerId}-${i % 25}`;
    i++;
    outcome.calls++;
    try {
      const answer = await callWithin(CALL_LIMIT_MS, { action, input });
      if (answer && answer.ok) outcome.ok++;
      else {
        const code = (answer && answer.error && answer.error.code) || 'NO_ENVELOPE';
        outcome.errors[code] = (outcome.errors[code] ?? 0) + 1;
        outcome.messages[`${fn}.${action}: ${answer && answer.error && answer.error.message}`] = true;
      }
    } catch (error) {
      outcome.errors.THROWN = (outcome.errors.THROWN ?? 0) + 1;
      outcome.messages[String(error)] = true;
    }
  }
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
  process.exit(0);
}

run();
