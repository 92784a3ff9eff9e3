import { EmptyState } from '../../../components/RemoteView'
import { ROUTES, go } from '../../../lib/routes'

export const BIND_HINT = '楼栋通知只发给住在这栋楼的住户。绑定您家的房号、楼长审核通过后，就能在这里看到本楼的通知。'

/** No home, no building notices: say why and lead to the household binding page. */
export default function BindPrompt() {
  return <EmptyState title='绑定住户后才能收到楼栋通知' hint={BIND_HINT} actionText='去绑定住户' onAction={() => go(ROUTES.household)} />
}
