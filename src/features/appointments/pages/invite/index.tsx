import { Text, View } from '@tarojs/components'
import { useShare } from '../../../../hooks/useShare'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { ROUTES, go } from '../../../../lib/routes'
import InvitationMade from '../../components/InvitationMade'
import { SCOPE_QUESTION, scopeChoices, useInvite, type InviteModel } from '../../hooks/useInvite'
import { ROLE_DUTIES } from '../../words'
import type { AppointableRole, AppointOptions } from '../../api/types'
import '../appointments.scss'

/**
 * A captain who lives in the building: the inviter may name their room, so
 * that accepting binds them to it at once (optional).
 */
function CaptainHome({ m }: { m: InviteModel }) {
  const units = m.units.data ?? []
  if (units.length === 0) return null
  const rooms = m.rooms.data ?? []
  return (
    <View className='ct-mt'>
      <Field label='TA家的房号（可以不填）' hint='TA也住在这栋楼的话，选好房号，TA接受邀请时就直接绑定这一户，不用再等审核'>
        <Choices label='哪个单元' options={units.map((u) => ({ value: u.id, text: u.name || '本组' }))} value={m.unitId} onChange={m.setUnitId} />
      </Field>
      {m.unitId ? (
        <Field label='哪个房号' hint={rooms.length === 0 && m.rooms.status === 'ready' ? '这个单元还没有导入房号' : undefined}>
          <Choices label='哪个房号' options={rooms.map((r) => ({ value: r.id, text: r.room }))} value={m.householdId} onChange={m.setHouseholdId} />
        </Field>
      ) : null}
      {m.unitId ? (
        <Button className='ct-btn ct-mt-xs' type='default' onClick={m.clearHome}>
          不写房号
        </Button>
      ) : null}
    </View>
  )
}

function ScopePicker({ m, options }: { m: InviteModel; options: AppointOptions }) {
  if (!m.scopeType) return null
  if (m.scopeType === 'county') {
    return (
      <Field label='范围'>
        <Text className='ct-text'>{options.county?.name ?? '全县'}</Text>
      </Field>
    )
  }
  if (m.scopeType === 'building') {
    return (
      <View>
        <Field label='哪个社区（村）'>
          <Choices label='哪个社区（村）' options={options.communities.map((c) => ({ value: c.id, text: c.name }))} value={m.communityId} onChange={m.setCommunity} />
        </Field>
        {m.communityId ? (
          <Field label='哪栋楼' hint={m.buildings.data?.length === 0 ? '这个社区还没有导入楼栋' : undefined}>
            <Choices label='哪栋楼' options={(m.buildings.data ?? []).map((b) => ({ value: b.id, text: b.name }))} value={m.scopeId} onChange={m.setScopeId} />
          </Field>
        ) : null}
        {m.scopeId ? <CaptainHome m={m} /> : null}
      </View>
    )
  }
  const choices = scopeChoices(options, m.scopeType)
  return (
    <Field label={SCOPE_QUESTION[m.scopeType]} hint={choices.length === 0 ? '还没有可选的，请先在县里添加' : undefined}>
      <Choices label={SCOPE_QUESTION[m.scopeType]} options={choices.map((c) => ({ value: c.id, text: c.name }))} value={m.scopeId} onChange={m.setScopeId} />
    </Field>
  )
}

function InviteForm({ m, options }: { m: InviteModel; options: AppointOptions }) {
  if (options.roles.length === 0) {
    return <EmptyState title='您还没有可以任命的职务' hint='创文办可以任命各类职务；社区工作人员可以任命本社区的楼长和工作人员。' />
  }
  return (
    <View>
      <View className='ct-card'>
        <Field label='职务'>
          <Choices<AppointableRole> label='职务' options={options.roles.map((r) => ({ value: r.role, text: r.label }))} value={m.role} onChange={m.setRole} />
        </Field>
        {m.role ? <Text className='ct-muted ct-block ct-mt-xs'>{ROLE_DUTIES[m.role]}</Text> : null}
      </View>
      {m.role ? (
        <View className='ct-card'>
          <ScopePicker m={m} options={options} />
        </View>
      ) : null}
      <View className='ct-card'>
        <Field label='备注（可以不填）' hint='对方打开邀请时能看到'>
          <View className='ct-box'>
            <Input value={m.note} placeholder='例如：请您负责2号楼的住户工作' maxLength={40} aria-label='备注' onChange={(v: string) => m.setNote(v)} />
          </View>
        </Field>
      </View>
      {m.error ? <FieldError message={m.error.message} /> : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' disabled={Boolean(m.missing)} loading={m.busy} onClick={() => void m.submit()}>
        {m.missing || '生成邀请'}
      </Button>
      <Text className='ct-muted ct-block ct-mt-xs'>邀请7天内有效，只能由一个人接受。</Text>
    </View>
  )
}

export function InviteScreen() {
  const m = useInvite()
  useShare(() => ({
    title: m.made ? `邀请您担任${m.made.scopeName}${m.made.roleLabel}` : '文明共建',
    path: m.made ? m.made.path : ROUTES.home,
  }))
  return (
    <Page>
      <View className='ap-head'>
        <Text className='ct-h1 ct-block'>邀请任职</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>选好职务和范围，生成邀请，发给要任命的人。TA接受后就能开展工作。</Text>
      </View>
      {m.made ? (
        <InvitationMade inv={m.made} onAgain={m.again} onList={() => void go(ROUTES.appointments)} />
      ) : (
        <RemoteView<AppointOptions> remote={m.options} rows={3} isEmpty={() => false}>
          {(options) => <InviteForm m={m} options={options} />}
        </RemoteView>
      )}
    </Page>
  )
}

export default function InvitePage() {
  return <InviteScreen />
}
