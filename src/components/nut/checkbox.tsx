import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './checkbox.scss'

export interface CheckboxProps {
  checked: boolean
  onChange?: (on: boolean) => void
  disabled?: boolean
  className?: string
  /** The words beside the box: they name it, and tapping them ticks it too. */
  children?: ReactNode
}

/**
 * A tick box that says what it is (`role="checkbox"`, `aria-checked`; NutUI's
 * writes an invalid `aria-role`), its label part of the target.
 */
export default function Checkbox({ checked, onChange, disabled, className, children }: CheckboxProps) {
  return (
    <View
      className={`ct-checkbox ${checked ? 'ct-checkbox--on' : ''} ${className ?? ''}`}
      role='checkbox'
      aria-checked={checked}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={() => {
        if (!disabled) onChange?.(!checked)
      }}
    >
      <View className='ct-checkbox__box' aria-hidden='true'>
        {checked ? <Text className='ct-checkbox__tick'>✓</Text> : null}
      </View>
      {children ? <Text className='ct-checkbox__label'>{children}</Text> : null}
    </View>
  )
}
