import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useChildMode } from '../hooks/useChildMode'
import { grownUpQuestion, leaveChildMode } from '../lib/child-mode'
import { ROUTES } from '../lib/routes'
import Button from './nut/button'
import Input from './nut/input'
import './ChildModeBar.scss'

/**
 * On every page in child mode: whose turn it is, and the way out, which takes
 * a grown-up's answer to a sum (a tap alone cannot end it by accident).
 */
export default function ChildModeBar() {
  const child = useChildMode()
  const [question, setQuestion] = useState<{ text: string; answer: number } | null>(null)
  const [answer, setAnswer] = useState('')
  const [wrong, setWrong] = useState(false)
  if (!child) return null

  const check = () => {
    if (!question) return
    if (Number(answer.trim()) !== question.answer) {
      setWrong(true)
      setAnswer('')
      setQuestion(grownUpQuestion())
      return
    }
    setQuestion(null)
    leaveChildMode()
    void Taro.reLaunch({ url: ROUTES.mine })
  }

  return (
    <View className='ct-childbar' role='region' aria-label='孩子模式'>
      <View className='ct-childbar__row'>
        <Text className='ct-childbar__who'>{`孩子模式 · ${child.name}`}</Text>
        {question ? null : (
          <Button className='ct-childbar__exit' size='small' fill='outline' onClick={() => (setQuestion(grownUpQuestion()), setWrong(false))}>
            家长退出
          </Button>
        )}
      </View>
      {question ? (
        <View className='ct-childbar__gate'>
          <Text className='ct-text ct-block'>{`请家长算一算：${question.text}`}</Text>
          <View className='ct-box ct-mt-xs'>
            <Input type='number' value={answer} placeholder='填写答案' aria-label='家长验证的答案' onChange={(v: string) => setAnswer(v)} />
          </View>
          {wrong ? <Text className='ct-field-error'>不对哦，请家长来算（已换了一道题）</Text> : null}
          <View className='ct-btn-row ct-mt-xs'>
            <Button className='ct-btn' type='primary' onClick={check}>
              确定退出
            </Button>
            <Button className='ct-btn' fill='outline' onClick={() => setQuestion(null)}>
              继续孩子模式
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}
