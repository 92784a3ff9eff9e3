import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import { LoadingRows } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { errorMessage } from '../../../../lib/feedback'
import { ROUTES } from '../../../../lib/routes'
import { linkChild, openChildLink, type ChildLinkPreview, type LinkChildResult } from '../../api/childLink'
import '../household.scss'

type Found = Extract<ChildLinkPreview, { found: true }>

export const onlyDigits = (typed: string) => typed.replace(/\D/g, '').slice(0, 6)

/**
 * On the child's own phone: the code from the QR or shared card (in the
 * query), or the six digits typed here; whose child account it is; then 确认.
 * Words for a ten-year-old.
 */
export function LinkChildScreen({ code: fromLink }: { code?: string }) {
  const [code, setCode] = useState(fromLink ?? '')
  const [found, setFound] = useState<Found | null>(null)
  const [problem, setProblem] = useState('')
  const [done, setDone] = useState<LinkChildResult | null>(null)
  const open = useAction(openChildLink, { toastOnError: false })
  const take = useAction(linkChild, { toastOnError: false })

  const look = async (typed: string) => {
    setProblem('')
    if (typed.length !== 6) {
      setProblem(`要输入6位数字，现在是${typed.length}位`)
      return
    }
    const r = await open.run(typed)
    if (!r) return
    if (r.found) setFound(r)
    else setProblem(r.attemptsLeft > 0 ? `数字不对，请再看看爸爸妈妈手机上的6位数字（今天还能试${r.attemptsLeft}次）` : '今天输错太多次了，明天再试，或请爸爸妈妈给你扫二维码')
  }

  useEffect(() => {
    if (fromLink) void look(onlyDigits(fromLink))
  }, [fromLink])

  const confirm = async () => {
    if (!found) return
    const r = await take.run(found.linkId, code)
    if (r) setDone(r)
  }

  const error = problem || (open.error ? errorMessage(open.error) : '') || (take.error ? errorMessage(take.error) : '')

  if (done) {
    return (
      <Page>
        <View className='ct-card' role='status'>
          <Text className='ct-h1 ct-block'>{`连好啦！你好，${done.childName}！`}</Text>
          <Text className='ct-text ct-block ct-mt'>现在这个微信就是你的孩子账号了。你可以推荐自己的家庭、填问卷。你写的内容，要爸爸妈妈同意后才会给别人看。</Text>
          <Button className='ct-btn ct-mt' type='primary' size='large' onClick={() => void Taro.reLaunch({ url: ROUTES.home }).catch(() => undefined)}>
            开始用
          </Button>
        </View>
      </Page>
    )
  }

  return (
    <Page>
      <View className='hh-head'>
        <Text className='ct-h1 ct-block'>用你自己的微信</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>爸爸妈妈在他们手机上的“我的孩子”里，点“让孩子用自己的微信”，会看到一个二维码和6位数字。</Text>
      </View>
      {found ? null : (
        <View className='ct-card'>
          <Field label='6位数字' hint='看着爸爸妈妈的手机输入'>
            <View className={error ? 'ct-box ct-box--error hh-link-code' : 'ct-box hh-link-code'}>
              <Input type='number' value={code} placeholder='输入6位数字' maxLength={6} aria-label='6位数字' onChange={(v: string) => (setCode(onlyDigits(v)), setProblem(''))} />
            </View>
          </Field>
          {fromLink && open.busy ? <LoadingRows rows={1} label='正在查看…' /> : null}
          <Button className='ct-btn ct-mt' type='primary' size='large' loading={open.busy} onClick={() => void look(code)}>
            下一步
          </Button>
        </View>
      )}
      {found ? (
        <View className='ct-card'>
          <Text className='ct-title ct-block'>{`这是${found.guardianName}为你添加的孩子账号：${found.childName}`}</Text>
          <Text className='ct-text ct-block ct-mt'>{`点“确认”以后，这个微信就是${found.childName}的了。只有你自己的微信才能点确认，不要在爸爸妈妈的手机上点。`}</Text>
          <Button className='ct-btn ct-mt' type='primary' size='large' loading={take.busy} onClick={() => void confirm()}>
            确认
          </Button>
          <Button className='ct-btn ct-mt' type='default' onClick={() => (setFound(null), setCode(''), take.clearError())}>
            不是我
          </Button>
        </View>
      ) : null}
      {error ? <FieldError message={error} /> : null}
    </Page>
  )
}

export default function LinkChildPage() {
  const { params } = useRouter()
  return <LinkChildScreen code={params.code || undefined} />
}
