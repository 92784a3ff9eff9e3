import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ALL_CONSENTS_GIVEN, fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { PrivacyScreen } from '../../src/features/profile/pages/privacy/index'

beforeEach(() => jest.restoreAllMocks())

const MY_DATA = {
  profile: { name: '王建国', phone: null, joinedAt: '2026-01-01T00:00:00Z', roles: ['resident'] },
  household: null,
  children: [],
  pledges: [],
  reports: [],
  familyNominations: [],
  familyVotes: 0,
  volunteer: null,
  points: 0,
  consents: [{ purpose: 'precise_location', title: '使用您的精确位置', givenAt: '2026-03-01T02:00:00Z', withdrawnAt: null }],
}

test('个人信息与账号 lists each separate consent; 撤回 withdraws the location one and the page shows it is no longer given; a volunteer\'s identity is withdrawn by 注销 only', async () => {
  const t = quietTaro()
  let given = true
  const backend = fakeBackend({
    'privacy.myData': () => MY_DATA,
    'privacy.consents': () => ALL_CONSENTS_GIVEN.map((c) => (c.purpose === 'precise_location' ? { ...c, given, givenAt: given ? c.givenAt : null } : c)),
    'privacy.withdrawConsent': () => {
      given = false
      return { withdrawn: true }
    },
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<PrivacyScreen />)
  expect(await screen.findByText('我同意过的事')).toBeTruthy()
  expect(await screen.findByText('撤回“使用您的精确位置”')).toBeTruthy()
  expect(screen.queryByText('撤回“提供真实姓名和手机号”')).toBeNull()
  expect(screen.getByText('不再做志愿者时，注销账号会删除这些信息。')).toBeTruthy()
  // The saved copy carries the record of what was agreed.
  expect(screen.getByText('使用您的精确位置：2026-03-01 同意')).toBeTruthy()

  await act(async () => {
    fireEvent.click(screen.getByText('撤回“使用您的精确位置”'))
  })
  await waitFor(() => expect(screen.queryByText('撤回“使用您的精确位置”')).toBeNull())
  expect(screen.getByText('还没有同意，用到时会先问您')).toBeTruthy()
  expect(backend.calls.filter((c) => c.key === 'privacy.withdrawConsent').map((c) => c.input)).toEqual([{ purpose: 'precise_location' }])
  expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤回，用到时会再问您' }))
})
