import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { AcceptScreen } from '../../src/features/appointments/pages/accept/index'
import { InviteScreen } from '../../src/features/appointments/pages/invite/index'

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

test('a captain who ticks 我也住在这栋楼 picks their room and relation, and accepting sends them with the invitation', async () => {
  quietTaro()
  const backend = fakeBackend({
    'appointments.open': () => ({ found: true, invitation: preview({ rooms: [{ id: 'h101', label: '1单元 101' }, { id: 'h301', label: '1单元 301' }] }) }),
    'appointments.accept': () => ({ roleLabel: '楼长', scopeName: '和平社区 2号楼', alreadyHeld: false, boundHome: '和平社区 2号楼 1单元 301' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)

  render(<AcceptScreen token={TOKEN} />)
  await click('我也住在这栋楼')
  // Until a room and a relation are chosen, the button says what is missing.
  expect(await screen.findByText('请选择您家的房号')).toBeTruthy()
  await click('1单元 301')
  expect(await screen.findByText('请选择您和这一户的关系')).toBeTruthy()
  await click('租户')
  await click('接受邀请')

  expect(backend.calls.filter((c) => c.key === 'appointments.accept').map((c) => c.input)).toEqual([{ invitationId: 'inv1', secret: TOKEN, householdId: 'h301', relation: 'tenant' }])
  expect(await screen.findByText('您的家已绑定：和平社区 2号楼 1单元 301。这栋楼的通知会发给您。')).toBeTruthy()
})

test('a captain who does not live in the building accepts without a room; an invitation that names the room says so before accepting', async () => {
  quietTaro()
  const backend = fakeBackend({
    'appointments.open': () => ({ found: true, invitation: preview({ rooms: [{ id: 'h101', label: '1单元 101' }] }) }),
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
