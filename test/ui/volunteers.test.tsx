import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ALL_CONSENTS_GIVEN, fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { PRIVACY_NOTE, RegisterScreen } from '../../src/features/volunteers/pages/register/index'
import { CertificateScreen, NO_HOURS, NOT_REGISTERED_HINT } from '../../src/features/volunteers/pages/certificate/index'
import { CERT_NOTE } from '../../src/features/volunteers/components/Certificate'
import { REGISTER_DRAFT_KEY } from '../../src/features/volunteers/hooks/useRegisterForm'
import { durationText, hoursFigure, lastMonths } from '../../src/features/volunteers/hooks/format'
import { IDENTITY_CONSENT_NEEDED, MAX_SKILLS, SUGGESTED_SKILLS, validateRegistration } from '../../src/features/volunteers/hooks/rules'
import type { CertificateView, MeView } from '../../server/modules/volunteers/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const XINGFU = '11111111-1111-4111-8111-111111111111'
const HEPING = '22222222-2222-4222-8222-222222222222'
const communities = [
  { id: XINGFU, name: '幸福里社区', kind: 'community', areaName: '城东片区' },
  { id: HEPING, name: '和平社区', kind: 'community', areaName: '城西片区' },
]

const notRegistered: MeView = { registered: false, profile: null, teams: [], totalMinutes: 0, activityCount: 0, points: 0 }

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${REGISTER_DRAFT_KEY}`)
  return v && typeof v === 'object' ? v : undefined
}

/** Taro's fields are web components here: typing arrives as an input event carrying detail.value. */
async function typeInto(index: number, value: string) {
  const box = document.querySelectorAll('taro-input-core')[index] as HTMLElement
  await waitFor(() => expect(box.querySelector('input')).toBeTruthy())
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

/** The field (label, input, error) a label heads. */
function fieldOf(label: string): HTMLElement {
  return screen.getByText(label).closest('.ct-field') as HTMLElement
}

function backend(extra: Record<string, (input: any) => unknown> = {}) {
  const b = fakeBackend({
    'volunteers.me': () => notRegistered,
    'identity.me': () => ({ household: null }),
    'places.communities': () => communities,
    ...extra,
  })
  ;(call as jest.Mock).mockImplementation(b.impl)
  return b
}

describe('志愿者注册', () => {
  test('nothing filled: each field says in Chinese what is missing, and nothing is sent', async () => {
    quietTaro()
    const b = backend()
    render(<RegisterScreen onSaved={jest.fn()} />)
    expect(await screen.findByText('注册志愿者')).toBeTruthy()
    // who sees the name and the phone is said before they are asked for
    expect(screen.getByText(PRIVACY_NOTE)).toBeTruthy()
    expect(PRIVACY_NOTE).toContain('只有您所在队伍的队长和负责志愿服务的工作人员能看到')

    await tap('注册成为志愿者')
    expect(within(fieldOf('真实姓名')).getByText('请填写您的真实姓名')).toBeTruthy()
    expect(within(fieldOf('手机号')).getByText('请填写手机号，方便队长联系您')).toBeTruthy()
    expect(within(fieldOf('服务社区')).getByText('请选择您服务的社区或村')).toBeTruthy()
    expect(screen.getByText('还有 3 处没填好，请看上面标红的地方。')).toBeTruthy()
    expect(b.calls.some((c) => c.key === 'volunteers.register')).toBe(false)
  })

  test('a one-character name and a short phone number are refused next to their fields; fixing one clears its message', async () => {
    quietTaro()
    const b = backend()
    render(<RegisterScreen onSaved={jest.fn()} />)
    await screen.findByText('注册志愿者')
    await typeInto(0, '张')
    await typeInto(1, '1380000')
    await tap('幸福里社区')
    await tap('注册成为志愿者')
    expect(within(fieldOf('真实姓名')).getByText('姓名至少2个字')).toBeTruthy()
    expect(within(fieldOf('手机号')).getByText('请填写11位手机号或带区号的座机号')).toBeTruthy()
    expect(screen.queryByText('请选择您服务的社区或村')).toBeNull()
    expect(b.calls.some((c) => c.key === 'volunteers.register')).toBe(false)
    // what was typed is kept on the phone
    expect(savedDraft()).toMatchObject({ realName: '张', phone: '1380000', communityId: XINGFU, communityName: '幸福里社区' })

    await typeInto(0, '张秀兰')
    expect(screen.queryByText('姓名至少2个字')).toBeNull()
    expect(screen.getByText('请填写11位手机号或带区号的座机号')).toBeTruthy()
  })

  test('skills are chips, at most ten: the eleventh is refused with a message; typed skills are added once', async () => {
    quietTaro()
    backend()
    render(<RegisterScreen onSaved={jest.fn()} />)
    await screen.findByText('注册志愿者')
    for (const s of SUGGESTED_SKILLS.slice(0, MAX_SKILLS)) await tap(s)
    expect(screen.getByText(`已选 ${MAX_SKILLS} 项，最多 ${MAX_SKILLS} 项`)).toBeTruthy()
    await tap(SUGGESTED_SKILLS[MAX_SKILLS])
    expect(within(fieldOf('特长（可不选）')).getByText('最多填10项特长，可以先去掉一项')).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: SUGGESTED_SKILLS[MAX_SKILLS] }).getAttribute('aria-checked')).toBe('false')

    // taking one away makes room for a typed one
    await tap(`✓ ${SUGGESTED_SKILLS[0]}`)
    expect(screen.queryByText('最多填10项特长，可以先去掉一项')).toBeNull()
    await typeInto(2, '理发')
    await tap('添加')
    expect(screen.getByText('✓ 理发')).toBeTruthy()
    expect(screen.getByText(`已选 ${MAX_SKILLS} 项，最多 ${MAX_SKILLS} 项`)).toBeTruthy()
    await tap(`✓ ${SUGGESTED_SKILLS[1]}`)
    await typeInto(2, '理发')
    await tap('添加')
    expect(screen.getByText('这项特长已经加过了')).toBeTruthy()
  })

  test('the server\'s field errors (skills.1, realName) show at their fields; the form keeps what was typed', async () => {
    quietTaro()
    const b = backend({
      'volunteers.register': () => {
        throw new CloudError('VALIDATION', '填写的内容有误：含有不适宜发布的内容', [
          { field: 'skills.1', message: '特长里有不适宜发布的内容' },
          { field: 'realName', message: '姓名里有不适宜发布的内容' },
        ])
      },
    })
    render(<RegisterScreen onSaved={jest.fn()} />)
    await screen.findByText('注册志愿者')
    await typeInto(0, '张秀兰')
    await typeInto(1, '13800001111')
    await tap('和平社区')
    await tap('摄影')
    await tap('急救')
    await tap('注册成为志愿者')
    expect(await within(fieldOf('真实姓名')).findByText('姓名里有不适宜发布的内容')).toBeTruthy()
    expect(within(fieldOf('特长（可不选）')).getByText('特长里有不适宜发布的内容')).toBeTruthy()
    expect(b.calls.filter((c) => c.key === 'volunteers.register')).toHaveLength(1)
    expect(savedDraft()).toMatchObject({ realName: '张秀兰', skills: ['摄影', '急救'] })
    // changing the name takes the server's words about it away
    await typeInto(0, '张秀芝')
    expect(screen.queryByText('姓名里有不适宜发布的内容')).toBeNull()
    expect(screen.getByText('特长里有不适宜发布的内容')).toBeTruthy()
  })

  test('a good form is sent trimmed (phone without spaces), says so, and forgets the draft', async () => {
    const t = quietTaro()
    const onSaved = jest.fn()
    const b = backend({
      'volunteers.register': (input) => ({ ...input, communityName: '和平社区', registeredAt: '2026-03-01T01:00:00.000Z' }),
      'privacy.consents': () => ALL_CONSENTS_GIVEN.map((c) => (c.purpose === 'volunteer_identity' ? { ...c, given: false, givenAt: null } : c)),
    })
    render(<RegisterScreen onSaved={onSaved} />)
    await screen.findByText('注册志愿者')
    await typeInto(0, ' 张秀兰 ')
    await typeInto(1, '138 0000 1111')
    await tap('和平社区')
    await tap('摄影')
    // A real name and a phone only with their own tick box, asked before anything is sent.
    await tap('注册成为志愿者')
    expect(screen.getByText(IDENTITY_CONSENT_NEEDED)).toBeTruthy()
    expect(b.calls.some((c) => c.key === 'volunteers.register')).toBe(false)
    await tap('我同意为志愿服务提供真实姓名和手机号')
    expect(screen.queryByText(IDENTITY_CONSENT_NEEDED)).toBeNull()
    await tap('注册成为志愿者')
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(b.calls.filter((c) => c.key === 'volunteers.register').map((c) => c.input)).toEqual([
      { realName: '张秀兰', phone: '13800001111', skills: ['摄影'], communityId: HEPING, identityConsent: true },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '资料已保存' }))
    expect(savedDraft()).toBeUndefined()
  })

  test('registered: the form starts from the profile and saves as an edit; a bound home preselects the community for a newcomer', async () => {
    quietTaro()
    backend({
      'volunteers.me': () => ({
        ...notRegistered,
        registered: true,
        profile: { realName: '赵志远', phone: '13900001111', skills: ['垃圾分类'], communityId: HEPING, communityName: '和平社区', registeredAt: '2026-01-01T00:00:00.000Z' },
      }),
    })
    const page = render(<RegisterScreen onSaved={jest.fn()} />)
    expect(await screen.findByText('修改志愿者资料')).toBeTruthy()
    expect(screen.getByText('和平社区')).toBeTruthy()
    expect(screen.getByText('✓ 垃圾分类')).toBeTruthy()
    expect(screen.getByText('保存')).toBeTruthy()
    page.unmount()

    backend({ 'identity.me': () => ({ household: { communityId: XINGFU, communityName: '幸福里社区' } }) })
    render(<RegisterScreen onSaved={jest.fn()} />)
    expect(await screen.findByText('注册志愿者')).toBeTruthy()
    expect(screen.getByRole('button', { name: '更换服务社区（现在是幸福里社区）' })).toBeTruthy()
  })

  test('the rules agree with the server contract', () => {
    expect(validateRegistration({ realName: '张秀兰', phone: '0371-12345678', skills: [], communityId: XINGFU })).toEqual({})
    expect(validateRegistration({ realName: '张'.repeat(21), phone: '13800001111', skills: Array(11).fill('x'), communityId: XINGFU })).toEqual({
      realName: '姓名请不要超过20个字',
      skills: '最多填10项特长',
    })
  })
})

const cert: CertificateView = {
  number: 'ZY20260308A1B2C3',
  realName: '赵志远',
  countyName: '青禾县',
  totalMinutes: 330,
  activityCount: 2,
  issuers: ['环境卫士志愿服务队', '幸福里社区'],
  records: [
    { activityId: 'a1', title: '幸福里社区环境清洁行动', organiser: '环境卫士志愿服务队', servedOn: '2026-03-07', minutes: 120, backfilled: false, points: 20 },
    { activityId: 'a2', title: '板凳讲堂：身边好人讲故事', organiser: '幸福里社区', servedOn: '2026-02-20', minutes: 210, backfilled: true, points: 0 },
  ],
  issuedOn: '2026-03-08',
}

describe('志愿服务记录证明', () => {
  test('reads like a certificate: title, number, name, hours, every activity with 补录 marked, issuers and the date', async () => {
    quietTaro()
    backend({ 'volunteers.certificate': () => cert })
    render(<CertificateScreen />)
    expect(await screen.findByText('志愿服务记录证明')).toBeTruthy()
    expect(screen.getByText('编号：ZY20260308A1B2C3')).toBeTruthy()
    expect(screen.getByText('赵志远')).toBeTruthy()
    const body = screen.getByText('赵志远').closest('.vo-cert__body') as HTMLElement
    expect(body.textContent?.replace(/\s/g, '')).toBe('兹证明赵志远同志在青禾县参加志愿服务活动2次，经组织方确认的志愿服务时长累计5.5小时（5小时30分）。')

    const rows = Array.from(document.querySelectorAll('.vo-cert__tr')).map((r) => r.textContent?.replace(/\s/g, ''))
    expect(rows).toEqual([
      '日期服务活动组织方时长',
      '2026.03.07幸福里社区环境清洁行动环境卫士志愿服务队2小时',
      '2026.02.20板凳讲堂：身边好人讲故事幸福里社区3小时30分（补录）',
      '合计2次活动5小时30分',
    ])
    expect(screen.getByText(CERT_NOTE)).toBeTruthy()
    const sign = document.querySelector('.vo-cert__sign') as HTMLElement
    expect(within(sign).getByText('环境卫士志愿服务队')).toBeTruthy()
    expect(within(sign).getByText('幸福里社区')).toBeTruthy()
    expect(within(sign).getByText('2026年3月8日')).toBeTruthy()
  })

  test('looks like a certificate: the county\'s campaign on top, the number, and a red seal with the county\'s name', async () => {
    quietTaro()
    backend({ 'volunteers.certificate': () => cert, 'campaign.summary': () => ({ countyName: '青禾县', campaignName: '青禾县创建全国文明城市' }) })
    render(<CertificateScreen />)
    expect(await screen.findByText('青禾县创建全国文明城市')).toBeTruthy()
    const frame = document.querySelector('.ct-cert') as HTMLElement
    expect(within(frame).getByText('志愿服务记录证明')).toBeTruthy()
    expect(within(frame).getByText('编号：ZY20260308A1B2C3')).toBeTruthy()
    const seal = within(frame).getByRole('img', { name: '青禾县文明共建印章图案' })
    expect(Array.from(seal.querySelectorAll('.ct-seal__char')).map((c) => c.textContent).join('')).toBe('青禾县文明共建')
  })

  test('保存为图片 draws the same certificate and downloads it as a PNG (H5)', async () => {
    const t = quietTaro()
    backend({ 'volunteers.certificate': () => cert })
    const drawn: string[] = []
    const ctx = new Proxy({ measureText: (s: string) => ({ width: s.length * 20 }), fillText: (s: string) => drawn.push(s) } as Record<string, unknown>, {
      get: (target, key: string) => target[key] ?? (() => undefined),
      set: () => true,
    })
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never)
    jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb: BlobCallback) => cb(new Blob(['png'], { type: 'image/png' })))
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:cert'), revokeObjectURL: jest.fn() })
    const downloads: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
    render(<CertificateScreen />)
    await screen.findByText('志愿服务记录证明')
    await tap('保存为图片')
    await waitFor(() => expect(downloads).toEqual(['志愿服务记录证明-ZY20260308A1B2C3.png']))
    // the campaign could not be read: the usual name stands in
    expect(drawn).toEqual(expect.arrayContaining(['青禾县创建全国文明城市', '赵志远', '编号：ZY20260308A1B2C3', '累计 5.5 小时', '环境卫士志愿服务队']))
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '证书图片已下载' }))
  })

  test('in H5 打印证明 prints the page', async () => {
    quietTaro()
    backend({ 'volunteers.certificate': () => cert })
    const print = jest.fn()
    window.print = print
    render(<CertificateScreen />)
    await tap(await screen.findByText('打印证明').then((e) => e.textContent as string))
    expect(print).toHaveBeenCalledTimes(1)
  })

  test('no certified hours yet: no empty certificate, but what to do', async () => {
    quietTaro()
    backend({ 'volunteers.certificate': () => ({ ...cert, totalMinutes: 0, activityCount: 0, issuers: [], records: [] }) })
    render(<CertificateScreen />)
    expect(await screen.findByText(NO_HOURS.title)).toBeTruthy()
    expect(screen.getByText(NO_HOURS.hint)).toBeTruthy()
    expect(screen.queryByText('志愿服务记录证明')).toBeNull()
    await tap('去看志愿活动')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/activities/pages/list/index' })
  })

  test('not a volunteer yet: what to do and a way to register, not a retry', async () => {
    quietTaro()
    backend({
      'volunteers.certificate': () => {
        throw new CloudError('FORBIDDEN', '请先注册成为志愿者，才能开具志愿服务记录证明')
      },
    })
    render(<CertificateScreen />)
    expect(await screen.findByText('注册志愿者后才能开具证明')).toBeTruthy()
    expect(screen.getByText(NOT_REGISTERED_HINT)).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
    await tap('注册志愿者')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/volunteers/pages/register/index' })
  })
})

describe('hours as people say them', () => {
  test('figures, durations and the months of the chart', () => {
    expect(hoursFigure(330)).toBe('5.5')
    expect(hoursFigure(120)).toBe('2')
    expect(durationText(45)).toBe('45分钟')
    expect(durationText(0)).toBe('0小时')
    expect(durationText(180)).toBe('3小时')
    expect(durationText(210)).toBe('3小时30分')
    expect(lastMonths('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })
})

describe('a child on the volunteer pages', () => {
  test('sees why a volunteer must be 18 and what a child can do instead, never the registration form', async () => {
    quietTaro()
    const { VOLUNTEER_AGE } = jest.requireActual('../../src/features/volunteers/hooks/rules')
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'identity.me': () => ({ user: { id: 'c', name: '王小明', maskedName: '王**', isMinor: true }, household: null, roles: [] }),
        'volunteers.me': () => ({ registered: false, profile: null, teams: [], totalMinutes: 0, activityCount: 0, points: 0 }),
      }).impl,
    )
    render(<RegisterScreen />)
    expect(await screen.findByText(VOLUNTEER_AGE)).toBeTruthy()
    expect(screen.getByText('推荐我们家')).toBeTruthy()
    expect(screen.queryByText(PRIVACY_NOTE)).toBeNull()
    expect(screen.queryByText('真实姓名')).toBeNull()
  })
})
