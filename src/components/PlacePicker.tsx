import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import RemoteView from './RemoteView'
import { PLACE_STEPS, type PlaceChoice, type PlacePickerModel, type PlaceStep } from '../hooks/usePlacePicker'
import './PlacePicker.scss'

const STEP_NAMES: Record<PlaceStep, string> = { community: '小区', building: '楼栋', unit: '单元', room: '房号' }

/** Big tappable choices — easier than a spinning picker for older hands. */
export function PlaceChoices({ items, onPick }: { items: PlaceChoice[]; onPick: (c: PlaceChoice) => void }) {
  return (
    <View className='ct-place__choices'>
      {items.map((c) => (
        <View key={c.id} className='ct-place__choice' role='button' onClick={() => onPick(c)}>
          <Text className='ct-place__choice-name'>{c.name}</Text>
          {c.note ? <Text className='ct-place__choice-note'>{c.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}

/**
 * The steps of usePlacePicker on screen: what was picked so far (tap one to
 * choose it again), the step's title, and its choices; once a room is picked,
 * `children` (what to do with it) instead of the choices.
 */
export default function PlacePicker(props: {
  picker: PlacePickerModel
  /** each step's title, and the title once a room is picked */
  titles: Record<PlaceStep | 'done', string>
  /** what to do when a step has nothing to choose from */
  emptyHints: Record<PlaceStep, string>
  children?: ReactNode
}) {
  const { picker, titles, emptyHints, children } = props
  const crumbs = PLACE_STEPS.filter((s) => picker.picks[s]).map((s) => ({ step: s, text: picker.picks[s]?.name as string }))
  return (
    <View>
      {crumbs.length ? (
        <View className='ct-place__crumbs'>
          {crumbs.map((c) => (
            <View
              key={c.step}
              className='ct-place__crumb'
              role='button'
              aria-label={`重新选择${STEP_NAMES[c.step]}（现在是${c.text}）`}
              onClick={() => picker.backTo(c.step)}
            >
              {c.text} ✎
            </View>
          ))}
        </View>
      ) : null}
      <Text className='ct-title ct-block ct-place__title'>{titles[picker.step]}</Text>
      {picker.step === 'done' ? (
        children
      ) : (
        <RemoteView<PlaceChoice[]> remote={picker.choices} rows={2} empty={{ title: '这里还是空的', hint: emptyHints[picker.step] }}>
          {(items) => <PlaceChoices items={items} onPick={picker.pick} />}
        </RemoteView>
      )}
    </View>
  )
}
