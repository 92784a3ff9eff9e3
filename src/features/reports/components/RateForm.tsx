import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import Stars from './Stars'

/** The reporter's 1–5 stars and a word for how the case was handled. */
export default function RateForm(props: { busy: boolean; onSubmit: (rating: number, comment?: string) => void }) {
  const { busy, onSubmit } = props
  const [rating, setRating] = useState(0)
  const [comment, setComment] = useState('')
  const [error, setError] = useState('')
  return (
    <View className='rp-rate'>
      <Text className='ct-title ct-block'>给这次办理打个分</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>您的评价会计入责任单位的满意度。</Text>
      <View className='ct-mt'>
        <Stars
          value={rating}
          onChange={(n) => {
            setRating(n)
            setError('')
          }}
        />
      </View>
      <View className='ct-box ct-mt'>
        <Input value={comment} placeholder='想说的话（可不填）' maxLength={200} aria-label='评价' onChange={(v: string) => setComment(v)} />
      </View>
      {error ? <Text className='ct-field-error'>{error}</Text> : null}
      <Button
        className='ct-btn ct-mt'
        type='primary'
        loading={busy}
        onClick={() => {
          if (!rating) {
            setError('请先点星星打分')
            return
          }
          onSubmit(rating, comment.trim() || undefined)
        }}
      >
        提交评价
      </Button>
    </View>
  )
}
