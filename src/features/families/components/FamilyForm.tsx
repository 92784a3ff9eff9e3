import { Text, View } from '@tarojs/components'
import Input from '../../../components/nut/input'
import TextArea from '../../../components/nut/textarea'
import type { FamilyContent } from '../api/types'
import { MAX_PHOTOS, NAME_MAX, STORY_MAX, STORY_MIN, storyLength } from '../hooks/rules'
import Field from '../../../components/Field'
import PhotoPicker from '../../../components/PhotoPicker'

/** The rule and how far the writer is, said as they type. */
export function storyCount(story: string, child = false): string {
  const n = storyLength(story)
  if (n < STORY_MIN) return `已写 ${n} 字，还差 ${STORY_MIN - n} 字`
  return child ? `已写 ${n} 字，写得真好` : `已写 ${n} 字（最多 ${STORY_MAX} 字）`
}

const WORDS = {
  adult: {
    name: '家庭名称',
    nameHint: '大家在投票名单上看到的名字，例如：王家、幸福里王家',
    namePlaceholder: '例如：王家',
    story: '家庭故事',
    storyHint: `写写您家的好家风：孝老爱亲、邻里互助、垃圾分类、热心公益……至少写 ${STORY_MIN} 个字`,
    storyPlaceholder: '例如：奶奶腿脚不好，爸爸每天下班都扶她下楼散步……',
    photos: '照片',
    photosHint: `全家福、做好事的照片，可以不放，最多 ${MAX_PHOTOS} 张`,
    addText: '添加照片',
  },
  child: {
    name: '给你的家起个名字',
    nameHint: '大家投票时会看到这个名字，比如：王家',
    namePlaceholder: '比如：王家',
    story: '说说你家的故事',
    storyHint: `你家里谁做了什么好事？比如照顾爷爷奶奶、帮助邻居、垃圾分类。至少写 ${STORY_MIN} 个字`,
    storyPlaceholder: '比如：奶奶腿脚不好，爸爸每天下班都扶她下楼散步……',
    photos: '照片或图画',
    photosHint: `可以拍下你画的画，或者全家的照片，最多 ${MAX_PHOTOS} 张`,
    addText: '添加照片或图画',
  },
  neighbour: {
    name: '家庭名称',
    nameHint: '大家在投票名单上看到的名字，例如：李家。他们家同意时可以修改',
    namePlaceholder: '例如：李家',
    story: '这家人的故事',
    storyHint: `写写您看到的这家人的好家风：孝老爱亲、邻里互助、热心公益……至少写 ${STORY_MIN} 个字`,
    storyPlaceholder: '例如：李阿姨每天早上给楼里的独居老人送早饭……',
    photos: '照片',
    photosHint: `他们家做好事的照片，可以不放，最多 ${MAX_PHOTOS} 张`,
    addText: '添加照片',
  },
}

/**
 * What is published about a family: its name, its story (with a live count
 * against the 50-character rule) and photos or drawings. Used to nominate, to
 * consent (the guardian's edits) and to revise.
 */
export default function FamilyForm(props: {
  value: FamilyContent
  onChange: (k: 'displayName' | 'story', v: string) => void
  /** photos change with the latest list (uploads finish one after another) */
  addPhoto: (ref: string) => void
  removePhoto: (ref: string) => void
  errors: Record<string, string>
  child?: boolean
  /** written about a neighbour's family, not one's own */
  neighbour?: boolean
  onBusyChange?: (busy: boolean) => void
}) {
  const { value, onChange, addPhoto, removePhoto, errors, child = false, neighbour = false, onBusyChange } = props
  const w = child ? WORDS.child : neighbour ? WORDS.neighbour : WORDS.adult
  const n = storyLength(value.story)
  return (
    <View>
      <View className='ct-card'>
        <Field label={w.name} hint={w.nameHint} error={errors.displayName}>
          <View className={`ct-box ${errors.displayName ? 'ct-box--error' : ''}`}>
            <Input
              value={value.displayName}
              placeholder={w.namePlaceholder}
              maxLength={NAME_MAX}
              aria-label={w.name}
              onChange={(v: string) => onChange('displayName', v)}
            />
          </View>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label={w.story} hint={w.storyHint} error={errors.story}>
          <View className={`ct-box fm-textarea ${errors.story ? 'ct-box--error' : ''}`}>
            <TextArea
              value={value.story}
              placeholder={w.storyPlaceholder}
              maxLength={STORY_MAX}
              aria-label={w.story}
              onChange={(v: string) => onChange('story', v)}
            />
          </View>
          <Text className={`fm-count ${n < STORY_MIN ? 'fm-count--short' : 'fm-count--ok'}`} aria-live='polite'>
            {storyCount(value.story, child)}
          </Text>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label={w.photos} hint={w.photosHint}>
          <PhotoPicker
            refs={value.photos}
            onAdd={addPhoto}
            onRemove={removePhoto}
            addLabel={child ? '添加照片或图画' : '添加家庭照片'}
            addText={w.addText}
            max={MAX_PHOTOS}
            error={errors.photos}
            onBusyChange={onBusyChange}
          />
        </Field>
      </View>
    </View>
  )
}
