import { View } from '@tarojs/components'
import './switch.scss'

export interface SwitchProps {
  checked: boolean
  onChange?: (on: boolean) => void
  disabled?: boolean
  className?: string
  /** What it turns on; screen readers say it with the state. */
  'aria-label'?: string
}

/**
 * An on/off switch that says what it is: `role="switch"` with `aria-checked`
 * (NutUI's writes an invalid `aria-role`), and a finger-sized target around
 * the 52×30 track.
 */
export default function Switch({ checked, onChange, disabled, className, 'aria-label': label }: SwitchProps) {
  return (
    <View
      className={`ct-switch ${checked ? 'ct-switch--on' : ''} ${disabled ? 'ct-switch--disabled' : ''} ${className ?? ''}`}
      role='switch'
      aria-checked={checked}
      aria-disabled={disabled ? 'true' : undefined}
      aria-label={label}
      onClick={() => {
        if (!disabled) onChange?.(!checked)
      }}
    >
      <View className='ct-switch__track'>
        <View className='ct-switch__knob' />
      </View>
    </View>
  )
}
