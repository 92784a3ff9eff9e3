/**
 * The caller WeChat set for this invocation. The platform passes it in
 * environment variables: WX_CONTEXT_KEYS names them and WX_OPENID holds the
 * OPENID. This is exactly what wx-server-sdk's getWXContext() reads (a test
 * holds the two in step), without loading the SDK: its require alone costs
 * ~400 ms of every cold start, and these functions make no other SDK call.
 */
export function wxCallerOpenid(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const keys = (env.WX_CONTEXT_KEYS ?? '').split(',');
  if (!keys.includes('WX_OPENID')) return undefined;
  const openid = env.WX_OPENID?.trim();
  return openid ? openid : undefined;
}
