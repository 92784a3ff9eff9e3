import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go } from '../../../../lib/routes'
import { useHolders } from '../../hooks/useHolders'
import { formatDateTime, REVOKE_REASONS, spacedCode } from '../../words'
import type { HoldersView } from '../../api/types'
import '../appointments.scss'

export function HoldersScreen() {
  const h = useHolders()
  usePullRefresh(h.list.reload)
  useReloadOnShow(h.list.reload)
  return (
    <Page>
      <View className='ap-head'>
        <Text className='ct-h1 ct-block'>职务与邀请</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>您负责范围内谁担任什么职务，还有哪些邀请没人接受。</Text>
        <Button className='ct-btn ct-mt' type='primary' onClick={() => void go(ROUTES.invitationNew)}>
          邀请任职
        </Button>
      </View>
      <RemoteView<HoldersView> remote={h.list} rows={3} isEmpty={() => false}>
        {(v) => (
          <View>
            <Text className='ct-title ct-block ap-section'>{`现任职务（${v.holders.length}）`}</Text>
            {v.holders.length === 0 ? <Text className='ct-muted ct-block'>还没有人担任职务。</Text> : null}
            {v.holders.map((p) => (
              <View key={p.grantId} className='ct-card ct-spread'>
                <View className='ct-grow'>
                  <Text className='ct-title ct-block'>{p.userName}</Text>
                  <Text className='ct-text ct-block'>{`${p.scopeName} ${p.roleLabel}`}</Text>
                  <Text className='ct-muted ct-block'>{`${formatDateTime(p.since)} 起`}</Text>
                </View>
                {p.canRevoke ? (
                  <Button className='ap-row-btn' type='default' disabled={h.busy} aria-label={`撤销${p.userName}的${p.roleLabel}职务`} onClick={() => h.askRevoke(p)}>
                    撤销
                  </Button>
                ) : (
                  <Text className='ct-muted'>唯一的管理员</Text>
                )}
              </View>
            ))}
            <Text className='ct-title ct-block ap-section'>{`待接受的邀请（${v.invitations.length}）`}</Text>
            {v.invitations.length === 0 ? <Text className='ct-muted ct-block'>没有待接受的邀请。</Text> : null}
            {v.invitations.map((i) => (
              <View key={i.id} className='ct-card ct-spread'>
                <View className='ct-grow'>
                  <Text className='ct-title ct-block'>{`${i.scopeName} ${i.roleLabel}`}</Text>
                  <Text className='ct-text ct-block'>{`邀请码 ${spacedCode(i.code)}`}</Text>
                  <Text className='ct-muted ct-block'>{`${i.createdBy} 发出 · ${formatDateTime(i.expiresAt)} 前有效`}</Text>
                </View>
                <Button className='ap-row-btn' type='default' disabled={h.busy} aria-label={`撤回${i.scopeName}${i.roleLabel}的邀请`} onClick={() => void h.cancel(i)}>
                  撤回
                </Button>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
      {h.revoking ? (
        <ReasonSheet
          title={`撤销${h.revoking.userName}的职务`}
          hint={`撤销后，${h.revoking.userName}不再是${h.revoking.scopeName}${h.revoking.roleLabel}，会收到消息和您写的原因。`}
          quick={REVOKE_REASONS}
          placeholder='写一句原因'
          confirmText='撤销职务'
          max={100}
          busy={h.busy}
          error={h.revokeError}
          onConfirm={(reason) => void h.confirmRevoke(reason)}
          onCancel={h.closeRevoke}
        />
      ) : null}
    </Page>
  )
}

export default function HoldersPage() {
  return <HoldersScreen />
}
