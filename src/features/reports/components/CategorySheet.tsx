import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import Switch from '../../../components/nut/switch'
import type { CloudError } from '../../../lib/cloud'
import {
  DEFAULT_HOURS,
  NAME_MAX,
  QUICK_HOURS,
  categoryForm,
  hoursText,
  ruleText,
  validateAreaRule,
  validateCategory,
  type AreaRuleForm,
  type CategoryForm,
} from '../hooks/useSettings'
import type { SaveAreaRuleInput } from '../api/saveAreaRule'
import type { SaveCategoryInput } from '../api/saveCategory'
import type { CategorySetting, Department, Id } from '../api/types'
import Choices from '../../../components/Choices'
import Field from '../../../components/Field'
import Sheet from '../../../components/Sheet'

export const ACTIVE_NOTE = '停用后居民不能再选这一类，已经反映的问题照常办理'
export const AREA_RULE_HINT = '某个片区的这类问题由别的单位办理时，在这里添加。添加、删除后立即生效。'

interface Area {
  id: Id
  name: string
}

/** Hours typed, or one of the usual ones tapped. */
function HoursInput(props: { label: string; value: string; error?: string; onChange: (v: string) => void }) {
  const { label, value, error, onChange } = props
  return (
    <>
      <View className={`ct-box st-hours ${error ? 'ct-box--error' : ''}`}>
        <Input type='number' value={value} placeholder='填写小时数' maxLength={3} aria-label={label} onChange={(v: string) => onChange(v)} />
        <Text className='st-hours__unit' aria-hidden='true'>
          小时
        </Text>
      </View>
      <View className='ct-mt'>
        <Choices
          className='st-quick'
          label={`${label}常用选项`}
          options={QUICK_HOURS.map((h) => ({ value: String(h), text: hoursText(h) }))}
          value={value.trim()}
          onChange={onChange}
        />
      </View>
    </>
  )
}

const departmentOptions = (list: Department[]) => list.map((d) => ({ value: d.id, text: d.name }))

/** A category's area rules: listed with a 删除 each, and a small form to add one (saved on its own). */
function AreaRules(props: {
  category: CategorySetting
  departments: Department[]
  areas: Area[]
  busy: boolean
  error?: CloudError
  fieldErrors: Record<string, string>
  onSave: (input: SaveAreaRuleInput) => Promise<unknown>
  onRemove: (areaId: Id, areaName: string) => void
}) {
  const { category, departments, areas, busy, error, fieldErrors, onSave, onRemove } = props
  const blank: AreaRuleForm = { areaId: '', departmentId: '', hours: String(DEFAULT_HOURS) }
  const [adding, setAdding] = useState(false)
  const [form, setForm] = useState<AreaRuleForm>(blank)
  const [local, setLocal] = useState<Record<string, string>>({})
  const errors = { ...fieldErrors, ...local }
  const set = <K extends keyof AreaRuleForm>(k: K, v: AreaRuleForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }))
    setLocal(({ [k === 'hours' ? 'deadlineHours' : k]: _gone, ...rest }) => rest)
  }
  const replacing = category.areaRules.find((r) => r.areaId === form.areaId)

  const submit = async () => {
    const e = validateAreaRule(form)
    setLocal(e)
    if (Object.keys(e).length) return
    const res = await onSave({ categoryId: category.id, areaId: form.areaId as Id, departmentId: form.departmentId as Id, deadlineHours: Number(form.hours.trim()) })
    if (res !== undefined) {
      setAdding(false)
      setForm(blank)
    }
  }

  return (
    <View className='st-areas'>
      <Text className='ct-field__label'>片区规则</Text>
      <Text className='ct-muted ct-block ct-field__hint'>{AREA_RULE_HINT}</Text>
      {category.areaRules.length ? (
        <View role='list' aria-label='片区规则'>
          {category.areaRules.map((r) => (
            <View key={r.areaId} className='st-rule' role='listitem'>
              <View className='ct-grow'>
                <Text className='ct-text ct-block st-rule__area'>{r.area}</Text>
                <Text className='ct-muted ct-block'>{ruleText(r)}</Text>
              </View>
              <Button
                className='st-rule__remove'
                type='default'
                size='small'
                disabled={busy}
                aria-label={`删除${r.area}的片区规则`}
                onClick={() => onRemove(r.areaId, r.area)}
              >
                删除
              </Button>
            </View>
          ))}
        </View>
      ) : (
        <Text className='ct-text ct-block'>没有片区规则：全县都按上面的默认单位和时限。</Text>
      )}

      {adding ? (
        <View className='st-area-form'>
          <Field label='片区' error={errors.areaId}>
            <Choices label='片区' options={areas.map((a) => ({ value: a.id, text: a.name }))} value={form.areaId} onChange={(v) => set('areaId', v)} />
            {replacing ? <Text className='ct-muted ct-block ct-mt-xs'>{`这个片区已有规则（${ruleText(replacing)}），保存后会替换。`}</Text> : null}
          </Field>
          <Field label='这个片区的责任单位' error={errors.departmentId}>
            <Choices label='这个片区的责任单位' options={departmentOptions(departments)} value={form.departmentId} onChange={(v) => set('departmentId', v)} />
          </Field>
          <Field label='办理时限' error={errors.deadlineHours}>
            <HoursInput label='片区办理时限' value={form.hours} error={errors.deadlineHours} onChange={(v) => set('hours', v)} />
          </Field>
          {error && !error.details?.length ? (
            <View role='alert'>
              <Text className='ct-field-error'>{error.message}</Text>
            </View>
          ) : null}
          <View className='ct-btn-row ct-mt'>
            <Button
              className='ct-btn'
              type='default'
              disabled={busy}
              onClick={() => {
                setAdding(false)
                setForm(blank)
                setLocal({})
              }}
            >
              不加了
            </Button>
            <Button className='ct-btn' type='primary' loading={busy} onClick={() => void submit()}>
              保存片区规则
            </Button>
          </View>
        </View>
      ) : (
        <>
          {error && !error.details?.length ? (
            <View role='alert'>
              <Text className='ct-field-error'>{error.message}</Text>
            </View>
          ) : null}
          <Button className='ct-btn ct-mt' type='default' onClick={() => setAdding(true)}>
            添加片区规则
          </Button>
        </>
      )}
    </View>
  )
}

/**
 * 新增问题类型 / 修改问题类型: the name, whether residents may pick it, where
 * its reports go by default and how long the department has. A saved category
 * also lists its area rules, added and removed on the spot.
 */
export default function CategorySheet(props: {
  category?: CategorySetting
  departments: Department[]
  areas: Area[]
  /** the other categories' names: a second one of the same name is refused */
  takenNames: string[]
  busy: boolean
  error?: CloudError
  fieldErrors: Record<string, string>
  onSave: (input: SaveCategoryInput) => void
  onCancel: () => void
  rule: {
    busy: boolean
    error?: CloudError
    fieldErrors: Record<string, string>
    onSave: (input: SaveAreaRuleInput) => Promise<unknown>
    onRemove: (areaId: Id, areaName: string) => void
  }
}) {
  const { category, departments, areas, takenNames, busy, error, fieldErrors, onSave, onCancel, rule } = props
  const [form, setForm] = useState<CategoryForm>(() => categoryForm(category))
  const [local, setLocal] = useState<Record<string, string>>({})
  const errors = { ...fieldErrors, ...local }
  const set = <K extends keyof CategoryForm>(k: K, v: CategoryForm[K]) => {
    setForm((f) => ({ ...f, [k]: v }))
    setLocal(({ [k === 'hours' ? 'deadlineHours' : k]: _gone, ...rest }) => rest)
  }

  const submit = () => {
    const e = validateCategory(form, takenNames)
    setLocal(e)
    if (Object.keys(e).length) return
    onSave({
      ...(category ? { categoryId: category.id } : {}),
      name: form.name.trim(),
      active: form.active,
      departmentId: form.departmentId as Id,
      deadlineHours: Number(form.hours.trim()),
    })
  }

  return (
    <Sheet
      title={category ? '修改问题类型' : '新增问题类型'}
      hint='居民反映问题时从这些类型里选；社区派单时，按这里建议责任单位和办理时限。'
      confirmText='保存'
      cancelText={category ? '关闭' : '取消'}
      busy={busy}
      error={error?.message}
      onCancel={onCancel}
      onConfirm={submit}
      after={
        category ? (
          <AreaRules
            category={category}
            departments={departments}
            areas={areas}
            busy={rule.busy}
            error={rule.error}
            fieldErrors={rule.fieldErrors}
            onSave={rule.onSave}
            onRemove={rule.onRemove}
          />
        ) : null
      }
    >
      <Field label='名称' error={errors.name}>
        <View className={`ct-box ${errors.name ? 'ct-box--error' : ''}`}>
          <Input value={form.name} placeholder='例如：共享单车乱停放' maxLength={NAME_MAX} aria-label='名称' onChange={(v: string) => set('name', v)} />
        </View>
      </Field>

      <View className='ct-field ct-spread'>
        <View className='ct-grow'>
          <Text className='ct-field__label'>{form.active ? '启用' : '停用'}</Text>
          <Text className='ct-muted ct-block'>{ACTIVE_NOTE}</Text>
        </View>
        <Switch className='st-switch' checked={form.active} aria-label='启用' onChange={(v: boolean) => set('active', v)} />
      </View>

      <Field label='默认责任单位' error={errors.departmentId}>
        <Choices label='默认责任单位' options={departmentOptions(departments)} value={form.departmentId} onChange={(v) => set('departmentId', v)} />
      </Field>

      <Field label='办理时限' hint='从派单起算，超过就算超期' error={errors.deadlineHours}>
        <HoursInput label='办理时限' value={form.hours} error={errors.deadlineHours} onChange={(v) => set('hours', v)} />
      </Field>
    </Sheet>
  )
}
