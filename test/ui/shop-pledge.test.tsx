import { render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { PledgeScreen, SHOP_FOR_GROWN_UPS } from '../../src/features/shop-pledge/pages/pledge/index'

beforeEach(() => {
  jest.restoreAllMocks()
})

test('a child opening 门前六包 is told it is for shop owners and offered what a child can do', async () => {
  quietTaro()
  ;(call as jest.Mock).mockImplementation(
    fakeBackend({
      'identity.me': () => ({ user: { id: 'c', name: '王小明', maskedName: '王**', isMinor: true }, household: null, roles: [] }),
      'shops.pledgeText': () => ({ versionId: 'v', title: '门前六包', duties: [] }),
      'places.communities': () => [],
    }).impl,
  )
  render(<PledgeScreen />)
  expect(await screen.findByText(SHOP_FOR_GROWN_UPS)).toBeTruthy()
  expect(screen.getByText('和家长一起参加活动')).toBeTruthy()
  expect(screen.queryByText('签署承诺')).toBeNull()
})
