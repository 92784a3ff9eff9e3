import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { AcceptScreen } from '../../src/features/appointments/pages/accept/index'
import { InviteScreen } from '../../src/features/appointments/pages/invite/index'
import { floorOf, roomsByUnit } from '../../src/features/appointments/words'

beforeEach(() => {
  jest.restoreAllMocks()
})

const click = async (text: string) => {
  const el = await screen.findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
}

const preview = (over: Record<string, unknown> = {}) => ({
  id: 'inv1',
  roleLabel: '楼长',
  scopeName: '和平社区 2号楼',
  countyName: '青禾县',
  invitedBy: '吴敏',
  note: '',
  expiresAt: '2026-12-31T08:00:00Z',
  state: 'open',
  acceptedByYou: false,
  blockedBecause: null,
  homeLabel: null,
  rooms: [],
  ...over,
})

const TOKEN = 'abcdefghijklmnopqrstuvwx'

/** A room of the building as `appointments.open` lists it. */
const room = (unit: string, number: string) => ({ id: `h-${unit}-${number}`, label: [unit, number].filter(Boolean).join(' '), unit, room: number })

test('a big building’s rooms are found unit first, then floor, then room: never more than a floor’s rooms at once', async () => {
  quietTaro()
  // 3 units × 18 floors × 4 rooms: 216 rooms.
  const rooms = ['1单元', '2单元', '3单元'].flatMap((u) => Array.from({ length: 18 }, (_, f) => [1, 2, 3, 4].map((n) => room(u, `${f + 1}0${n}`))).flat())
  const backend = fakeBackend({
    'appointments.open': () => ({ found: true, invitation: preview({ rooms }) }),
    'appointments.accept': () => ({ roleLabel: '楼长', scopeName: '和平社区 2号楼', alreadyHeld: false, boundHome: '和平社区 2号楼 2单元 1503' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<AcceptScreen token={TOKEN} />)
  await click('我也住在这栋楼')
  expect(await screen.findByLabelText('您家在哪个单元')).toBeTruthy()
  expect(screen.queryByText('101')).toBeNull()
  await click('2单元')
  expect(screen.getAllByRole('radio').filter((r) => /楼$/.test(r.textContent ?? ''))).toHaveLength(18)
  await click('15楼')
  expect(screen.getByLabelText('您家的房号').children).toHaveLength(4)
  await click('1503')
  expect(await screen.findByText('您选的是：2单元 1503')).toBeTruthy()
  // Another unit: the floor and room are asked again.
  await click('3单元')
  expect(screen.queryByText('您选的是：2单元 1503')).toBeNull()
  expect(screen.queryByLabelText('您家的房号')).toBeNull()
  await click('2单元')
  await click('15楼')
  await click('1503')
  await click('业主')
  await click('接受邀请')
  expect(backend.calls.filter((c) => c.key === 'appointments.accept').map((c) => c.input)).toEqual([{ invitationId: 'inv1', secret: TOKEN, householdId: 'h-2单元-1503', relation: 'owner' }])
})

test('rooms by unit: floors only for a long unit whose numbers all name a floor; a village group’s households at once', () => {
  const long = Array.from({ length: 6 }, (_, f) => [room('1单元', `${f + 1}01`), room('1单元', `${f + 1}02`), room('1单元', `${f + 1}03`)]).flat()
  const [unit] = roomsByUnit(long)
  expect(unit.floors?.map((f) => [f.floor, f.rooms.map((r) => r.room)])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, [`${n}01`, `${n}02`, `${n}03`]]))
  expect(roomsByUnit(long.slice(0, 12))[0].floors).toBeNull()
  expect(roomsByUnit([...long, room('1单元', '底商A')])[0].floors).toBeNull()
  expect(roomsByUnit([room('', '王家'), room('', '李家')])).toEqual([{ unit: '', rooms: [room('', '王家'), room('', '李家')], floors: null }])
  expect([floorOf('301'), floorOf('1502'), floorOf('B12'), floorOf('01')]).toEqual([3, 15, null, null])
})

test('a captain who ticks 我也住在这栋楼 picks their room and relation, and accepting sends them with the invitation', async () => {
  quietTaro()
  const backend = fakeBackend({
    'appointments.open': () => ({ found: true, invitation: preview({ rooms: [room('1单元', '101'), room('1单元', '301')] }) }),
    'appointments.accept': () => ({ roleLabel: '楼长', scopeName: '和平社区 2号楼', alreadyHeld: false, boundHome: '和平社区 2号楼 1单元 301' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)

  render(<AcceptScreen token={TOKEN} />)
  await click('我也住在这栋楼')
  // Until a room and a relation are chosen, the button says what is missing.
  expect(await screen.findByText('请选择您家的房号')).toBeTruthy()
  // A building of one unit: its rooms at once.
  expect(screen.queryByText('您家在哪个单元')).toBeNull()
  await click('301')
  expect(await screen.findByText('您选的是：1单元 301')).toBeTruthy()
  expect(await screen.findByText('请选择您和这一户的关系')).toBeTruthy()
  await click('租户')
  await click('接受邀请')

  expect(backend.calls.filter((c) => c.key === 'appointments.accept').map((c) => c.input)).toEqual([{ invitationId: 'inv1', secret: TOKEN, householdId: 'h-1单元-301', relation: 'tenant' }])
  expect(await screen.findByText('您的家已绑定：和平社区 2号楼 1单元 301。这栋楼的通知会发给您。')).toBeTruthy()
})

test('a captain who does not live in the building accepts without a room; an invitation that names the room says so before accepting', async () => {
  quietTaro()
  const backend = fakeBackend({
    'appointments.open': () => ({ found: true, invitation: preview({ rooms: [room('1单元', '101')] }) }),
    'appointments.accept': () => ({ roleLabel: '楼长', scopeName: '和平社区 2号楼', alreadyHeld: false, boundHome: null }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  const { unmount } = render(<AcceptScreen token={TOKEN} />)
  await click('接受邀请')
  expect(backend.calls.filter((c) => c.key === 'appointments.accept').map((c) => c.input)).toEqual([{ invitationId: 'inv1', secret: TOKEN }])
  unmount()

  const named = fakeBackend({ 'appointments.open': () => ({ found: true, invitation: preview({ homeLabel: '1单元 301' }) }) })
  ;(call as jest.Mock).mockImplementation(named.impl)
  render(<AcceptScreen token={TOKEN} />)
  expect(await screen.findByText('接受后，您同时绑定 和平社区 2号楼 1单元 301，邀请人已经为您核实，不用再等审核。')).toBeTruthy()
  expect(screen.queryByText('我也住在这栋楼')).toBeNull()
})

test('the inviter of a captain may name the captain\'s room in the building; the invitation made says it', async () => {
  quietTaro()
  const backend = fakeBackend({
    'appointments.options': () => ({ roles: [{ role: 'captain', label: '楼长', scopeType: 'building' }], county: null, communities: [{ id: 'c1', name: '和平社区' }], departments: [], teams: [], stations: [], areas: [] }),
    'places.buildings': () => [{ id: 'b2', name: '2号楼' }],
    'places.units': () => [{ id: 'u1', name: '1单元' }],
    'places.households': () => [{ id: 'h301', room: '301' }],
    'appointments.invite': () => ({ id: 'inv1', role: 'captain', roleLabel: '楼长', scopeName: '和平社区 2号楼', note: '', code: '123456', path: '/features/appointments/pages/accept/index?t=x', expiresAt: '2026-12-31T08:00:00Z', state: 'open', createdBy: '吴敏', homeLabel: '1单元 301' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)

  render(<InviteScreen />)
  await click('楼长')
  await click('和平社区')
  await click('2号楼')
  expect(await screen.findByText('TA家的房号（可以不填）')).toBeTruthy()
  await click('1单元')
  await click('301')
  await click('生成邀请')

  expect(backend.calls.filter((c) => c.key === 'appointments.invite').map((c) => c.input)).toEqual([{ role: 'captain', scopeId: 'b2', householdId: 'h301' }])
  expect(await screen.findByText('TA接受后，同时绑定 1单元 301')).toBeTruthy()
})
