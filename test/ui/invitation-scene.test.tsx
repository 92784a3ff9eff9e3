import * as TaroModule from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import AcceptPage from '../../src/features/appointments/pages/accept/index'
import InvitationMade from '../../src/features/appointments/components/InvitationMade'
import { tokenFromScan, tokenFromScene, tokenOfLaunch } from '../../src/features/appointments/scene'
import { invitationScene, tokenFromScene as serverTokenFromScene } from '../../server/modules/appointments/codes'
import type { InvitationPreview, InvitationView } from '../../server/modules/appointments/contracts'

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv_-'
const INVITATION = '77777777-7777-4777-8777-777777777777'

beforeEach(() => {
  jest.restoreAllMocks()
})

const preview: InvitationPreview = {
  id: INVITATION,
  roleLabel: '楼长',
  scopeName: '幸福里社区 2号楼',
  countyName: '青禾县',
  invitedBy: '孙丽',
  note: '',
  expiresAt: '2099-01-01T00:00:00.000Z',
  state: 'open',
  acceptedByYou: false,
  blockedBecause: null,
  homeLabel: null,
  rooms: [],
}

const made: InvitationView = {
  id: INVITATION,
  role: 'captain',
  roleLabel: '楼长',
  scopeName: '幸福里社区 2号楼',
  note: '',
  code: '123456',
  path: `/features/appointments/pages/accept/index?t=${TOKEN}&c=c1`,
  homeLabel: null,
  expiresAt: '2099-01-01T00:00:00.000Z',
  state: 'open',
  createdBy: '孙丽',
}

describe('职务邀请 opened from the 小程序码 (WeChat\'s camera)', () => {
  test('the accept page reads the scene WeChat hands over (URL-encoded), opens that invitation and takes it with the token', async () => {
    quietTaro()
    jest.spyOn(TaroModule, 'useRouter').mockReturnValue({ params: { scene: encodeURIComponent(invitationScene(TOKEN)) } } as any)
    const backend = fakeBackend({
      'appointments.open': () => ({ found: true, invitation: preview }),
      'appointments.accept': () => ({ roleLabel: '楼长', scopeName: '幸福里社区 2号楼', alreadyHeld: false }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<AcceptPage />)
    expect(await screen.findByText('幸福里社区 2号楼 楼长')).toBeTruthy()
    expect(backend.calls.find((c) => c.key === 'appointments.open')?.input).toEqual({ token: TOKEN })
    // no code to type: the invitation came with the page
    expect(screen.queryByLabelText('邀请码，6位数字')).toBeNull()
    await act(async () => {
      fireEvent.click(screen.getByText('接受邀请'))
    })
    expect(await screen.findByText('您现在是')).toBeTruthy()
    expect(backend.calls.find((c) => c.key === 'appointments.accept')?.input).toEqual({ invitationId: INVITATION, secret: TOKEN })
  })

  test('a shared card\'s t still wins; a scene that is no invitation leaves the code to type', async () => {
    expect(tokenOfLaunch({ t: TOKEN, scene: 'whatever' })).toBe(TOKEN)
    expect(tokenOfLaunch({ scene: `t%3D${TOKEN}` })).toBe(TOKEN)
    expect(tokenOfLaunch({ scene: 'x%3D1' })).toBeUndefined()
    quietTaro()
    jest.spyOn(TaroModule, 'useRouter').mockReturnValue({ params: { scene: 'x%3D1' } } as any)
    const backend = fakeBackend({})
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<AcceptPage />)
    expect(await screen.findByText('查看邀请')).toBeTruthy()
    expect(backend.calls).toEqual([])
  })

  test('the app\'s own scanner takes the QR of the path or this mini-program\'s 小程序码 (its path carries the scene)', () => {
    expect(tokenFromScan(`/features/appointments/pages/accept/index?t=${TOKEN}&c=c1`)).toBe(TOKEN)
    expect(tokenFromScan(`features/appointments/pages/accept/index?scene=t%3D${TOKEN}`)).toBe(TOKEN)
    expect(tokenFromScan('https://example.com/?q=1')).toBeNull()
    expect(tokenFromScan(undefined)).toBeNull()
  })

  test('the phone reads a scene as the server does', () => {
    for (const scene of [encodeURIComponent(`t=${TOKEN}`), `t=${TOKEN}`, TOKEN, '', 't=short', `x=${TOKEN}`, '%E0%A4%A', `t=${TOKEN}&c=1`]) {
      expect(tokenFromScene(scene)).toBe(serverTokenFromScene(scene))
    }
  })
})

describe('邀请已生成: face to face', () => {
  test('in WeChat, the 小程序码 the server had WeChat draw, to scan with 扫一扫', async () => {
    quietTaro()
    const backend = fakeBackend({ 'appointments.miniProgramCode': () => ({ image: 'data:image/png;base64,iVBORw0KGgo=', scene: `t=${TOKEN}` }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<InvitationMade inv={made} onAgain={() => undefined} onList={() => undefined} inWeChat />)
    expect(await screen.findByRole('img', { name: '邀请小程序码：幸福里社区 2号楼楼长' })).toBeTruthy()
    expect(screen.getByText('当面邀请：请TA用微信“扫一扫”扫这个小程序码，就能打开邀请。')).toBeTruthy()
    expect(backend.calls.find((c) => c.key === 'appointments.miniProgramCode')?.input).toEqual({ invitationId: INVITATION })
  })

  test('when WeChat cannot draw it, and always in the H5 app, the QR of the path for the app\'s scanner', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'appointments.miniProgramCode': () => {
          throw new CloudError('UNAVAILABLE', '微信暂时没有生成小程序码，请稍后再试，或把邀请码告诉TA')
        },
      }).impl,
    )
    const page = render(<InvitationMade inv={made} onAgain={() => undefined} onList={() => undefined} inWeChat />)
    expect(await screen.findByRole('img', { name: '邀请二维码：幸福里社区 2号楼楼长' })).toBeTruthy()
    page.unmount()
    ;(call as jest.Mock).mockClear()
    render(<InvitationMade inv={made} onAgain={() => undefined} onList={() => undefined} inWeChat={false} />)
    await waitFor(() => expect(screen.getByRole('img', { name: '邀请二维码：幸福里社区 2号楼楼长' })).toBeTruthy())
    expect(screen.getByText('当面邀请：请TA在小程序“我的 → 输入邀请码”里扫这个二维码。')).toBeTruthy()
    expect(call).not.toHaveBeenCalled()
  })
})
