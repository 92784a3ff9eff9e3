import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import RemoteView from '../../../components/RemoteView'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import FieldError from '../../../components/FieldError'
import type { GoodPersonCard } from '../api/listGoodPeople'
import { MAX_SPEAKERS, speakerLine, type SpeakerOption } from '../hooks/speakers'
import { useSpeakerPicker, type SpeakerPickerModel } from '../hooks/useSpeakerPicker'
import type { Id, SpeakerCard } from '../api/types'
import './Speakers.scss'

function Row({ o, children, picked }: { o: SpeakerOption; picked?: boolean; children: ReactNode }) {
  return (
    <View className={`ac-speaker ${picked ? 'ac-speaker--picked' : ''}`}>
      <Text className='ac-speaker__mark' aria-hidden='true'>
        {Array.from(o.name)[0]}
      </Text>
      <View className='ac-speaker__body'>
        <Text className='ac-speaker__name'>{o.name}</Text>
        <Text className='ac-speaker__line'>{speakerLine(o)}</Text>
      </View>
      <View className='ac-speaker__tools'>{children}</View>
    </View>
  )
}

/**
 * 讲述人 (the organiser's manage page): who tells their story at this
 * activity — picked from 身边好人, found by name, in the order shown, at most
 * ten — saved as one list.
 */
export function SpeakerPicker({ p }: { p: SpeakerPickerModel }) {
  return (
    <View>
      <View className='ct-card'>
        <View className='ct-spread'>
          <Text className='ct-title'>讲述人</Text>
          <Text className='ac-speaker-count'>{`${p.picked.length}/${MAX_SPEAKERS}`}</Text>
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>
          请身边好人来讲讲他们的故事（例如板凳讲堂）。活动页上只显示姓名、类别和称号，不显示联系方式。
        </Text>
        {p.picked.length ? (
          <View className='ct-mt-xs'>
            {p.picked.map((o, i) => (
              <Row key={o.goodPersonId} o={o} picked>
                {i > 0 ? (
                  <View className='ac-speaker__tool' role='button' aria-label={`上移${o.name}`} onClick={() => p.moveUp(o.goodPersonId)}>
                    上移
                  </View>
                ) : null}
                <View className='ac-speaker__tool' role='button' aria-label={`移除${o.name}`} onClick={() => p.toggle(o.goodPersonId)}>
                  移除
                </View>
              </Row>
            ))}
          </View>
        ) : (
          <Text className='ct-text ct-block ct-mt'>还没有选讲述人，从下面的身边好人里选。</Text>
        )}
        <FieldError message={p.error} />
        <Button className='ct-btn ct-mt' type='primary' loading={p.saving} disabled={!p.dirty} onClick={() => void p.save()}>
          {p.dirty ? '保存讲述人' : '讲述人已保存'}
        </Button>
      </View>

      <View className='ct-card'>
        <Text className='ct-title ct-block'>从身边好人中选择</Text>
        <View className='ct-box ac-speaker-search'>
          <Input value={p.query} placeholder='输入姓名查找' clearable aria-label='按姓名查找好人' onChange={(v: string) => p.setQuery(v)} />
        </View>
        <RemoteView<GoodPersonCard[]>
          remote={p.gallery}
          rows={3}
          empty={{ title: '身边好人里还没有人', hint: '好人推荐审核通过、本人同意公开后，才能请他们来讲述。' }}
        >
          {() =>
            p.found.length ? (
              <View className='ct-mt-xs'>
                {p.found.map((o) => {
                  const on = p.isPicked(o.goodPersonId)
                  const off = !on && p.full
                  return (
                    <Row key={o.goodPersonId} o={o}>
                      <View
                        className={`ac-speaker__tool ${on ? 'ac-speaker__tool--on' : ''} ${off ? 'ac-speaker__tool--off' : ''}`}
                        role='checkbox'
                        aria-checked={on}
                        aria-disabled={off}
                        aria-label={`${on ? '已选' : '选择'}${o.name}`}
                        onClick={() => (off ? undefined : p.toggle(o.goodPersonId))}
                      >
                        {on ? '已选' : '选择'}
                      </View>
                    </Row>
                  )
                })}
              </View>
            ) : (
              <Text className='ct-muted ct-block ct-mt'>{`没有找到姓名里有“${p.query.trim()}”的好人`}</Text>
            )
          }
        </RemoteView>
        {p.full ? <Text className='ct-muted ct-block ct-mt-xs'>{`已经选了${MAX_SPEAKERS}位，要换人请先移除一位。`}</Text> : null}
      </View>
    </View>
  )
}

/** The 讲述人 tab: loads 身边好人 only when opened. */
export default function SpeakerPanel(props: { activityId: Id; speakers: SpeakerCard[]; onSaved: () => Promise<unknown> }) {
  const p = useSpeakerPicker(props.activityId, props.speakers, props.onSaved)
  return <SpeakerPicker p={p} />
}
