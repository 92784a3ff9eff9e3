import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { SettingsScreen } from '../../src/features/reports/pages/settings/index'
import { hoursError, hoursText, useSettings, validateCategory } from '../../src/features/reports/hooks/useSettings'
import type { CategorySetting, ReportSettings } from '../../server/modules/reports/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const CAT_A = '11111111-1111-4111-8111-111111111111'
const CAT_B = '22222222-2222-4222-8222-222222222222'
const NEW_CAT = '33333333-3333-4333-8333-333333333333'
const CITY = '44444444-4444-4444-8444-444444444444'
const POLICE = '55555555-5555-4555-8555-555555555555'
const EAST = '66666666-6666-4666-8666-666666666666'
const WEST = '77777777-7777-4777-8777-777777777777'

function settings(extra: CategorySetting[] = []): ReportSettings {
  return {
    categories: [
      {
        id: CAT_A,
        name: '乱扔垃圾',
        active: true,
        sort: 1,
        rule: { departmentId: CITY, department: '县城市管理局', deadlineHours: 24 },
        areaRules: [{ areaId: WEST, area: '城西片区', departmentId: POLICE, department: '县公安局交警大队', deadlineHours: 48 }],
      },
      { id: CAT_B, name: '违章停车', active: false, sort: 2, rule: null, areaRules: [] },
      ...extra,
    ],
    departments: [
      { id: CITY, name: '县城市管理局' },
      { id: POLICE, name: '县公安局交警大队' },
    ],
    areas: [
      { id: EAST, name: '城东片区' },
      { id: WEST, name: '城西片区' },
    ],
  }
}

function Settings() {
  const s = useSettings()
  return <SettingsScreen s={s} />
}

async function tap(el: HTMLElement | string) {
  await act(async () => {
    fireEvent.click(typeof el === 'string' ? screen.getByText(el) : el)
  })
}

/** Taro's input is a web component here: typing arrives as an input event carrying detail.value. */
async function typeIn(box: HTMLElement, value: string) {
  await waitFor(() => expect(box.querySelector('input')).toBeTruthy())
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

function dialog() {
  return screen.getByRole('dialog')
}

/** The n-th text input in the sheet: 0 the name, 1 the hours (2 the area rule's hours). */
function inputBox(n: number): HTMLElement {
  return dialog().querySelectorAll('taro-input-core')[n] as HTMLElement
}

describe('问题类型与分拨', () => {
  test('lists each category with 启用/停用, its department and deadline, and its area rules', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'reports.settings': () => settings() }).impl)
    render(<Settings />)
    await screen.findByText('乱扔垃圾')
    expect(screen.getByText('县城市管理局 · 24小时')).toBeTruthy()
    expect(screen.getByText('城西片区：县公安局交警大队 · 48小时')).toBeTruthy()
    expect(screen.getByText('启用')).toBeTruthy()
    expect(screen.getByText('停用')).toBeTruthy()
    expect(screen.getByText('没有默认单位：社区派单时自己选')).toBeTruthy()
    expect(hoursText(168)).toBe('7天')
    expect(hoursText(72)).toBe('72小时')
  })

  test('新增问题类型: nothing is sent until the name, department and hours are right; then it is created', async () => {
    const t = quietTaro()
    let current = settings()
    const backend = fakeBackend({
      'reports.settings': () => current,
      'reports.saveCategory': (input) => {
        current = settings([{ id: NEW_CAT, name: input.name, active: input.active, sort: 3, rule: { departmentId: input.departmentId, department: '县城市管理局', deadlineHours: input.deadlineHours }, areaRules: [] }])
        return { categoryId: NEW_CAT }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Settings />)
    await screen.findByText('乱扔垃圾')
    await tap('新增问题类型')
    expect(screen.getByRole('dialog', { name: '新增问题类型' })).toBeTruthy()
    // a new category has no area rules to show yet
    expect(within(dialog()).queryByText('片区规则')).toBeNull()

    await tap(within(dialog()).getByText('保存'))
    expect(within(dialog()).getByText('请填写问题类型的名称')).toBeTruthy()
    expect(within(dialog()).getByText('请选择默认的责任单位')).toBeTruthy()

    await typeIn(inputBox(0), '乱扔垃圾')
    await typeIn(inputBox(1), '0')
    await tap(within(dialog()).getByText('保存'))
    expect(within(dialog()).getByText('已经有同名的问题类型了')).toBeTruthy()
    expect(within(dialog()).getByText('办理时限至少1小时')).toBeTruthy()

    await typeIn(inputBox(0), '共')
    await typeIn(inputBox(1), '1000')
    await tap(within(dialog()).getByText('保存'))
    expect(within(dialog()).getByText('名称至少2个字')).toBeTruthy()
    expect(within(dialog()).getByText('办理时限不能超过30天（720小时）')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'reports.saveCategory')).toBe(false)

    await typeIn(inputBox(0), '共享单车乱停放')
    await tap(within(dialog()).getByRole('radio', { name: '县城市管理局' }))
    await tap(within(dialog()).getByRole('radio', { name: '24小时' }))
    expect(within(dialog()).getByRole('radio', { name: '24小时' }).getAttribute('aria-checked')).toBe('true')
    expect(within(dialog()).queryByText('请选择默认的责任单位')).toBeNull()
    await tap(within(dialog()).getByText('保存'))

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(backend.calls.filter((c) => c.key === 'reports.saveCategory').map((c) => c.input)).toEqual([
      { name: '共享单车乱停放', active: true, departmentId: CITY, deadlineHours: 24 },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已新增' }))
    expect(await screen.findByText('共享单车乱停放')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'reports.settings')).toHaveLength(2)
  })

  test('the server\'s words are shown in the sheet, which keeps what was typed', async () => {
    quietTaro()
    const backend = fakeBackend({
      'reports.settings': () => settings(),
      'reports.saveCategory': () => {
        throw new CloudError('VALIDATION', '名称里有不合适的词，请换个说法', [{ field: 'name', message: '请换个说法' }])
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Settings />)
    await screen.findByText('乱扔垃圾')
    await tap('新增问题类型')
    await typeIn(inputBox(0), '某某乱停放')
    await tap(within(dialog()).getByRole('radio', { name: '县公安局交警大队' }))
    await tap(within(dialog()).getByText('保存'))
    expect(await within(dialog()).findByText('名称里有不合适的词，请换个说法')).toBeTruthy()
    expect(within(dialog()).getByText('请换个说法')).toBeTruthy()
    expect((inputBox(0) as HTMLElement & { value?: string }).value).toBe('某某乱停放')
    expect(backend.calls.filter((c) => c.key === 'reports.saveCategory').map((c) => c.input)).toEqual([
      { name: '某某乱停放', active: true, departmentId: POLICE, deadlineHours: 48 },
    ])
  })

  test('tapping a category opens it prefilled; switching it off saves it with its id', async () => {
    const t = quietTaro()
    const backend = fakeBackend({ 'reports.settings': () => settings(), 'reports.saveCategory': () => ({ categoryId: CAT_A }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Settings />)
    await tap(await screen.findByText('乱扔垃圾'))
    expect(screen.getByRole('dialog', { name: '修改问题类型' })).toBeTruthy()
    await waitFor(() => expect((inputBox(0) as HTMLElement & { value?: string }).value).toBe('乱扔垃圾'))
    expect((inputBox(1) as HTMLElement & { value?: string }).value).toBe('24')
    expect(within(dialog()).getByRole('radio', { name: '县城市管理局' }).getAttribute('aria-checked')).toBe('true')

    await tap(dialog().querySelector('.ct-switch') as HTMLElement)
    expect(within(dialog()).getByText('停用')).toBeTruthy()
    await tap(within(dialog()).getByRole('radio', { name: '7天' }))
    await tap(within(dialog()).getByText('保存'))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(backend.calls.filter((c) => c.key === 'reports.saveCategory').map((c) => c.input)).toEqual([
      { categoryId: CAT_A, name: '乱扔垃圾', active: false, departmentId: CITY, deadlineHours: 168 },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存' }))
  })

  test('an area rule is added with its own button, and removed after asking once', async () => {
    const t = quietTaro()
    const backend = fakeBackend({ 'reports.settings': () => settings(), 'reports.saveAreaRule': () => ({ ok: true }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Settings />)
    await tap(await screen.findByText('乱扔垃圾'))
    await tap(within(dialog()).getByText('添加片区规则'))
    await tap(within(dialog()).getByText('保存片区规则'))
    expect(within(dialog()).getByText('请选择片区')).toBeTruthy()
    expect(within(dialog()).getByText('请选择这个片区的责任单位')).toBeTruthy()

    const areaGroup = within(dialog()).getByRole('radiogroup', { name: '片区' })
    await tap(within(areaGroup).getByRole('radio', { name: '城西片区' }))
    expect(within(dialog()).getByText('这个片区已有规则（县公安局交警大队 · 48小时），保存后会替换。')).toBeTruthy()
    await tap(within(areaGroup).getByRole('radio', { name: '城东片区' }))
    const deptGroup = within(dialog()).getByRole('radiogroup', { name: '这个片区的责任单位' })
    await tap(within(deptGroup).getByRole('radio', { name: '县公安局交警大队' }))
    const hoursGroup = within(dialog()).getByRole('radiogroup', { name: '片区办理时限常用选项' })
    await tap(within(hoursGroup).getByRole('radio', { name: '72小时' }))
    await tap(within(dialog()).getByText('保存片区规则'))
    await waitFor(() => expect(within(dialog()).queryByText('保存片区规则')).toBeNull())
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '片区规则已保存' }))

    await tap(within(dialog()).getByLabelText('删除城西片区的片区规则'))
    expect(t.modal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除片区规则', content: '删除后，城西片区的“乱扔垃圾”按全县默认的单位和时限分拨。' }))
    await waitFor(() => expect(backend.calls.filter((c) => c.key === 'reports.saveAreaRule')).toHaveLength(2))
    expect(backend.calls.filter((c) => c.key === 'reports.saveAreaRule').map((c) => c.input)).toEqual([
      { categoryId: CAT_A, areaId: EAST, departmentId: POLICE, deadlineHours: 72 },
      { categoryId: CAT_A, areaId: WEST, departmentId: null },
    ])
    // the sheet stayed open for the category's own fields
    expect(screen.getByRole('dialog', { name: '修改问题类型' })).toBeTruthy()
  })

  test('a refused area rule shows the server\'s words and keeps the form', async () => {
    quietTaro()
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'ok' } as any)
    const backend = fakeBackend({
      'reports.settings': () => settings(),
      'reports.saveAreaRule': () => {
        throw new CloudError('FORBIDDEN', '只有县创文指挥中心可以这样做')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Settings />)
    await tap(await screen.findByText('乱扔垃圾'))
    // 删除, then 再想想: nothing is sent
    await tap(within(dialog()).getByLabelText('删除城西片区的片区规则'))
    expect(backend.calls.some((c) => c.key === 'reports.saveAreaRule')).toBe(false)

    await tap(within(dialog()).getByText('添加片区规则'))
    await tap(within(within(dialog()).getByRole('radiogroup', { name: '片区' })).getByRole('radio', { name: '城东片区' }))
    await tap(within(within(dialog()).getByRole('radiogroup', { name: '这个片区的责任单位' })).getByRole('radio', { name: '县城市管理局' }))
    await tap(within(dialog()).getByText('保存片区规则'))
    expect(await within(dialog()).findByText('只有县创文指挥中心可以这样做')).toBeTruthy()
    expect(within(dialog()).getByText('保存片区规则')).toBeTruthy()
  })

  test('validation rules match the server\'s: 2–20 characters, whole hours 1–720', () => {
    const ok = { name: '共享单车乱停放', active: true, departmentId: CITY, hours: '24' }
    expect(validateCategory(ok)).toEqual({})
    expect(validateCategory({ ...ok, name: '一二三四五六七八九十一二三四五六七八九十一' }).name).toBe('名称不能超过20个字')
    expect(hoursError('2.5')).toBe('办理时限请填整数小时')
    expect(hoursError('')).toBe('请填写办理时限')
    expect(hoursError('720')).toBeUndefined()
    expect(hoursError('721')).toBe('办理时限不能超过30天（720小时）')
  })
})
