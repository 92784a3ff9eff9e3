import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import Choices from '../../../components/Choices'
import FieldError from '../../../components/FieldError'
import Button from '../../../components/nut/button'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { getPointsPolicy, setPointsPolicy } from '../api/pointsPolicy'

const YEARS = [1, 2, 3, 4, 5, 10]

/** 积分有效期: how many years earned points last before the scheduler takes back what is left of them, oldest first. */
export default function PointsPolicyCard() {
  const policy = useRemote(getPointsPolicy)
  const [years, setYears] = useState<number | ''>('')
  useEffect(() => {
    if (policy.data) setYears(policy.data.expiryYears)
  }, [policy.data?.expiryYears])
  const save = useAction(
    async () => {
      const saved = await setPointsPolicy(Number(years))
      toastOk('积分有效期已保存')
      await policy.reload()
      return saved
    },
    { toastOnError: false },
  )
  return (
    <View className='ct-card ct-mt-lg'>
      <Text className='ct-title ct-block'>积分有效期</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>积分在获得后保留几年；到期还没用的收回，先获得的先过期。到期前一个月会提醒本人。志愿服务时长不受影响。</Text>
      <Choices
        className='ct-mt'
        label='积分保留几年'
        options={YEARS.map((y) => ({ value: y, text: `${y}年` }))}
        value={years}
        onChange={(y) => setYears(y)}
      />
      <FieldError message={save.error?.details?.[0]?.message ?? save.error?.message} />
      <Button className='ct-btn ct-mt' type='default' loading={save.busy} disabled={years === '' || years === policy.data?.expiryYears} onClick={() => void save.run()}>
        保存积分有效期
      </Button>
    </View>
  )
}
