import Taro from '@tarojs/taro'
import { CHOOSE_COUNTY, CHOOSE_COUNTY_FIELD as SERVER_FIELD } from '../../server/runtime/resolve-actor'
import { countyChoiceNeeded, countyChosen } from '../../src/lib/arrival'
import { CHOOSE_COUNTY_FIELD, CloudError } from '../../src/lib/cloud'
import { goSignInIfNeeded } from '../../src/lib/session'

afterEach(() => {
  countyChosen()
  jest.restoreAllMocks()
})

describe('what the app does when the server asks who calls', () => {
  it('the app reads the server\'s "choose a county" field by the same name', () => {
    expect(CHOOSE_COUNTY_FIELD).toBe(SERVER_FIELD)
  })

  it('a newcomer the server cannot place chooses their county, and is not sent to sign in again', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(undefined as never)
    const error = new CloudError('UNAUTHENTICATED', CHOOSE_COUNTY, [{ field: CHOOSE_COUNTY_FIELD, message: CHOOSE_COUNTY }])
    expect(goSignInIfNeeded(error)).toBe(true)
    expect(countyChoiceNeeded()).toBe(true)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('someone with no session at all goes to sign in, and no chooser opens', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(undefined as never)
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/home/index' }] as never)
    expect(goSignInIfNeeded(new CloudError('UNAUTHENTICATED', '请先登录'))).toBe(true)
    expect(countyChoiceNeeded()).toBe(false)
    expect(navigate).toHaveBeenCalledWith({ url: expect.stringContaining('sign-in') })
  })
})
