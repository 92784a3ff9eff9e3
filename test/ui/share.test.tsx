import fs from 'node:fs'
import path from 'node:path'
import Taro from '@tarojs/taro'
import { ARRIVAL_KEY } from '../../src/lib/arrival'
import { HOME_COUNTY_KEY, rememberHomeCounty, sharedPath } from '../../src/lib/share'

const HOME = '11111111-1111-4111-8111-111111111111'
const ARRIVED = '22222222-2222-4222-8222-222222222222'

beforeEach(() => {
  Taro.removeStorageSync(HOME_COUNTY_KEY)
  Taro.removeStorageSync(ARRIVAL_KEY)
})

describe('a shared page names the county, so a newcomer who opens it joins the sharer\'s county', () => {
  test('the sharer\'s own county is added to the path, after its query', () => {
    rememberHomeCounty(HOME)
    expect(sharedPath('/features/activities/pages/list/index')).toBe(`/features/activities/pages/list/index?c=${HOME}`)
    expect(sharedPath('/features/activities/pages/detail/index?id=7')).toBe(`/features/activities/pages/detail/index?id=7&c=${HOME}`)
  })

  test('before the sharer\'s county is known, the county they arrived at is passed on', () => {
    Taro.setStorageSync(ARRIVAL_KEY, ARRIVED)
    expect(sharedPath('/pages/home/index')).toBe(`/pages/home/index?c=${ARRIVED}`)
    rememberHomeCounty(HOME)
    expect(sharedPath('/pages/home/index')).toBe(`/pages/home/index?c=${HOME}`)
  })

  test('a path that names a county keeps it, and with no county known the path is unchanged', () => {
    expect(sharedPath('/pages/home/index')).toBe('/pages/home/index')
    rememberHomeCounty(HOME)
    expect(sharedPath(`/pages/home/index?c=${ARRIVED}`)).toBe(`/pages/home/index?c=${ARRIVED}`)
  })
})

/** Every page that can be shared (its config enables 转发) builds its card with useShare, which adds the county. */
test('every shareable page shares through useShare, and nothing calls useShareAppMessage directly', () => {
  const src = path.join(__dirname, '../../src')
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.tsx?$/.test(entry.name)) files.push(full)
    }
  }
  walk(src)
  const direct = files.filter((f) => !f.endsWith(path.join('hooks', 'useShare.ts')) && /useShareAppMessage\s*\(/.test(fs.readFileSync(f, 'utf8')))
  expect(direct.map((f) => path.relative(src, f))).toEqual([])
  const shareable = files.filter((f) => f.endsWith('index.config.ts') && /enableShareAppMessage:\s*true/.test(fs.readFileSync(f, 'utf8')))
  expect(shareable.length).toBeGreaterThan(10)
  const silent = shareable.filter((config) => !/\buseShare\(/.test(fs.readFileSync(config.replace('index.config.ts', 'index.tsx'), 'utf8')))
  expect(silent.map((f) => path.relative(src, f))).toEqual([])
})
