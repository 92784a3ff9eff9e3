import { EmptyState } from '../../../components/RemoteView'
import type { CloudError } from '../../../lib/cloud'

/** True when the server refused the page for good (not theirs, or no such questionnaire): a retry cannot help. */
export function isRefusal(error: CloudError | undefined): boolean {
  return error?.code === 'FORBIDDEN' || error?.code === 'NOT_FOUND'
}

/** Said instead of "没能加载出来 · 重试" when the questionnaire is not for this person, with the way to the ones that are. */
export default function Refused({ error, title, onAction }: { error: CloudError; title: string; onAction: () => void }) {
  return <EmptyState title={error.code === 'NOT_FOUND' ? '没有找到这份问卷' : title} hint={error.message} actionText='看看其他问卷' onAction={onAction} />
}
