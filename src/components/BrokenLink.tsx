/**
 * A page opened from a link that lacks the id it needs (a cut-off share, a
 * mistyped address): say so plainly and offer the way back to 首页, instead
 * of asking the server about nothing and offering a retry that cannot help.
 */
import Taro from '@tarojs/taro'
import { EmptyState } from './RemoteView'
import { ROUTES } from '../lib/routes'

export default function BrokenLink({ hint = '请回到首页，从那里重新进入。' }: { hint?: string }) {
  return (
    <EmptyState
      title='这个链接不完整，打不开'
      hint={hint}
      actionText='回到首页'
      onAction={() => void Taro.switchTab({ url: ROUTES.home }).catch(() => undefined)}
    />
  )
}
