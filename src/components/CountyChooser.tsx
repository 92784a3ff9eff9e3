import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { getCounties, joinCounty, type CountyChoice } from '../lib/api/identity'
import { countyChoiceNeeded, countyChosen, subscribeCountyChoice } from '../lib/arrival'
import { ROUTES } from '../lib/routes'
import { announceSessionChanged } from '../lib/session'
import Button from './nut/button'
import './PrivacySheet.scss'

/**
 * A newcomer the server cannot place (one deployment for several counties, and
 * they did not arrive by a county's QR or link): they pick their county once.
 */
export default function CountyChooser() {
  const open = useSyncExternalStore(subscribeCountyChoice, countyChoiceNeeded, countyChoiceNeeded)
  const [counties, setCounties] = useState<CountyChoice[] | null>(null)
  const [busy, setBusy] = useState('')
  const [error, setError] = useState('')
  useEffect(() => {
    if (!open || counties) return
    getCounties()
      .then(setCounties)
      .catch(() => setError('网络不太好，请稍后重试'))
  }, [open, counties])
  if (!open) return null

  const pick = async (c: CountyChoice) => {
    if (busy) return
    setBusy(c.id)
    try {
      await joinCounty(c.id)
      countyChosen()
      announceSessionChanged()
      await Taro.reLaunch({ url: ROUTES.home })
    } catch {
      setError('没有加入成功，请再试一次')
    } finally {
      setBusy('')
    }
  }

  return (
    <View className='ct-privacy' role='dialog' aria-label='选择您所在的县'>
      <View className='ct-privacy__panel'>
        <Text className='ct-title ct-block'>请选择您所在的县（市、区）</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>选好后，您看到的通知、活动和评选都是这个县的。以后不用再选。</Text>
        {(counties ?? []).map((c) => (
          <Button key={c.id} className='ct-btn ct-mt' type='primary' fill='outline' size='large' loading={busy === c.id} onClick={() => void pick(c)}>
            {c.name}
          </Button>
        ))}
        {error ? <Text className='ct-field-error'>{error}</Text> : null}
      </View>
    </View>
  )
}
