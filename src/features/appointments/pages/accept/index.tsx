import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import Page from '../../../../components/Page'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import { LoadingRows } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Checkbox from '../../../../components/nut/checkbox'
import Input from '../../../../components/nut/input'
import Choices from '../../../../components/Choices'
import { RELATION_LABELS } from '../../../../lib/labels'
import { ROUTES } from '../../../../lib/routes'
import InvitationCard from '../../components/InvitationCard'
import { tokenFromScan, tokenOfLaunch } from '../../scene'
import { CODE_DIGITS, useAccept, type AcceptModel } from '../../hooks/useAccept'
import type { AcceptResult, InvitationPreview, RoomOption } from '../../api/types'
import { roomsByUnit } from '../../words'
import '../appointments.scss'

const isWeapp = process.env.TARO_ENV === 'weapp'

function Accepted({ r }: { r: AcceptResult }) {
  return (
    <View className='ct-card' role='status'>
      <View className='ap-done'>
        <Text className='ap-done__mark' aria-hidden='true'>
          ✓
        </Text>
        <Text className='ct-h1 ct-block'>{r.alreadyHeld ? '您已经是' : '您现在是'}</Text>
        <Text className='ap-invitation__post ct-block'>{`${r.scopeName} ${r.roleLabel}`}</Text>
      </View>
      {r.boundHome ? <Text className='ct-text ct-block ct-mt'>{`您的家已绑定：${r.boundHome}。这栋楼的通知会发给您。`}</Text> : null}
      <Text className='ct-text ct-block ct-mt'>要做的事在“首页”最上面的工作台里，有新的事要办时“消息”会告诉您。</Text>
      <Button className='ct-btn ct-mt' type='primary' size='large' onClick={() => void Taro.switchTab({ url: ROUTES.home }).catch(() => undefined)}>
        去工作台
      </Button>
    </View>
  )
}

function CodeEntry({ a }: { a: AcceptModel }) {
  const scan = async () => {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: false })
      // the QR of the path reads as text; a 小程序码 of this mini-program gives its path (…?scene=t%3D…)
      const token = tokenFromScan(r.result) ?? tokenFromScan(r.path)
      if (token) Taro.redirectTo({ url: `${ROUTES.invitationAccept}?t=${token}` }).catch(() => undefined)
      else Taro.showToast({ title: '这不是邀请二维码', icon: 'none' }).catch(() => undefined)
    } catch {
      /* closed the camera */
    }
  }
  return (
    <View className='ct-card'>
      <Field label='邀请码' hint={`${CODE_DIGITS}位数字，邀请人会告诉您`} error={a.invitation ? undefined : a.error}>
        <View className={`ct-box ap-code ${a.error && !a.invitation ? 'ct-box--error' : ''}`}>
          <Input type='number' value={a.code} placeholder='请输入6位邀请码' maxLength={CODE_DIGITS} aria-label='邀请码，6位数字' onChange={(v: string) => a.setCode(v)} />
        </View>
      </Field>
      {a.invitation ? null : (
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={a.looking} onClick={() => void a.submitCode()}>
          查看邀请
        </Button>
      )}
      {isWeapp && !a.invitation ? (
        <Button className='ct-btn ct-mt' type='default' onClick={() => void scan()}>
          扫邀请二维码
        </Button>
      ) : null}
    </View>
  )
}

const RELATIONS = (['owner', 'family', 'tenant'] as const).map((value) => ({ value, text: RELATION_LABELS[value] }))

/**
 * 我也住在这栋楼: the captain finds their own room the way they would say it —
 * the unit first (a building of one unit skips it), then, in a long unit,
 * the floor, then the room; each step a short list of large chips.
 */
function RoomPicker({ a, rooms }: { a: AcceptModel; rooms: RoomOption[] }) {
  const units = useMemo(() => roomsByUnit(rooms), [rooms])
  const [unitAt, setUnitAt] = useState<number | ''>(units.length === 1 ? 0 : '')
  const [floor, setFloor] = useState<number | ''>('')
  const unit = unitAt === '' ? undefined : units[unitAt]
  const list = unit ? (unit.floors ? unit.floors.find((f) => f.floor === floor)?.rooms : unit.rooms) : undefined
  const chosen = rooms.find((r) => r.id === a.householdId)
  const unitName = (u: { unit: string }) => u.unit || '本组'
  return (
    <View className='ct-mt'>
      {units.length > 1 ? (
        <Field label='您家在哪个单元'>
          <Choices
            label='您家在哪个单元'
            options={units.map((u, i) => ({ value: i, text: unitName(u) }))}
            value={unitAt}
            onChange={(i) => {
              setUnitAt(i)
              setFloor('')
              a.setHouseholdId('')
            }}
          />
        </Field>
      ) : null}
      {unit?.floors ? (
        <Field label={`${unitName(unit)}，您家在几楼`}>
          <Choices
            label={`${unitName(unit)}，您家在几楼`}
            options={unit.floors.map((f) => ({ value: f.floor, text: `${f.floor}楼` }))}
            value={floor}
            onChange={(f) => {
              setFloor(f)
              a.setHouseholdId('')
            }}
          />
        </Field>
      ) : null}
      {unit && list ? (
        <Field label='您家的房号'>
          <Choices label='您家的房号' options={list.map((r) => ({ value: r.id, text: r.room }))} value={a.householdId} onChange={a.setHouseholdId} />
        </Field>
      ) : null}
      {chosen ? <Text className='ap-notice ap-chosen ct-text ct-block'>{`您选的是：${chosen.label}`}</Text> : null}
    </View>
  )
}

/**
 * A captain's home in the building: the room the inviter named (bound on
 * accepting), or 我也住在这栋楼 to pick it here and be bound in the same step.
 */
function OwnHome({ a, inv }: { a: AcceptModel; inv: InvitationPreview }) {
  if (inv.homeLabel) {
    return (
      <View className='ap-notice' role='note'>
        <Text className='ct-text ct-block'>{`接受后，您同时绑定 ${inv.scopeName} ${inv.homeLabel}，邀请人已经为您核实，不用再等审核。`}</Text>
      </View>
    )
  }
  if (inv.rooms.length === 0) return null
  return (
    <View className='ct-card'>
      <Checkbox checked={a.livesHere} onChange={a.setLivesHere}>
        我也住在这栋楼
      </Checkbox>
      <Text className='ct-muted ct-block ct-mt-xs'>选好您家的房号，接受邀请时就一起绑定，不用再等审核。不住这栋楼的，不用勾选。</Text>
      {a.livesHere ? (
        <View>
          <RoomPicker a={a} rooms={inv.rooms} />
          <Field label='您和这一户的关系'>
            <Choices label='您和这一户的关系' options={RELATIONS} value={a.relation} onChange={a.setRelation} />
          </Field>
        </View>
      ) : null}
    </View>
  )
}

export function AcceptScreen({ token }: { token?: string }) {
  const a = useAccept(token)
  const inv = a.invitation
  const canTake = inv && inv.state === 'open' && !inv.blockedBecause && !inv.acceptedByYou
  return (
    <Page>
      <View className='ap-head'>
        <Text className='ct-h1 ct-block'>职务邀请</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>创文办或社区请您担任楼长、网格员等职务时，会发给您一张邀请卡片，或告诉您一个6位邀请码。</Text>
      </View>
      {a.accepted ? (
        <Accepted r={a.accepted} />
      ) : (
        <View>
          {a.byLink ? null : <CodeEntry a={a} />}
          {a.byLink && !inv ? a.error ? <FieldError message={a.error} /> : <LoadingRows rows={2} label='正在打开邀请…' /> : null}
          {inv ? <InvitationCard inv={inv} /> : null}
          {inv && a.error ? <FieldError message={a.error} /> : null}
          {canTake ? (
            <View>
              <OwnHome a={a} inv={inv} />
              <Text className='ct-muted ct-block ct-mt'>接受后，这个职务要办的事会出现在“首页”最上面的工作台里。您的姓名会让本县的工作人员看到。</Text>
              <Button className='ct-btn ct-mt' type='primary' size='large' disabled={Boolean(a.homeMissing)} loading={a.accepting} onClick={() => void a.accept()}>
                {a.homeMissing || '接受邀请'}
              </Button>
            </View>
          ) : null}
          {inv?.acceptedByYou ? (
            <Button className='ct-btn ct-mt' type='primary' onClick={() => void Taro.switchTab({ url: ROUTES.home }).catch(() => undefined)}>
              去工作台
            </Button>
          ) : null}
        </View>
      )}
    </Page>
  )
}

/** Opened by a shared card or the app's own QR (`t`), or by WeChat's camera from the 小程序码 (`scene`). */
export default function AcceptPage() {
  const { params } = useRouter()
  return <AcceptScreen token={tokenOfLaunch(params)} />
}
