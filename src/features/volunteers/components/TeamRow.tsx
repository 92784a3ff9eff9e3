import { Text, View } from '@tarojs/components'
import type { TeamCard } from '../api/types'
import StandingTag from './StandingTag'

/** A team in a list: name, where I stand, what it does, how many serve in it. */
export default function TeamRow({ team, onOpen }: { team: TeamCard; onOpen: () => void }) {
  return (
    <View className='ct-card ct-card--tap vo-team' role='button' onClick={onOpen}>
      <View className='vo-team__head'>
        <Text className='ct-title vo-team__name'>{team.name}</Text>
        <StandingTag status={team.myStatus} />
        {team.canManage ? <Text className='ct-tag ct-tag--red'>我管理的</Text> : null}
      </View>
      <Text className='ct-text ct-block vo-team__desc'>{team.description}</Text>
      <View className='ct-spread ct-mt-xs'>
        <Text className='ct-muted'>{`${team.kindLabel} · ${team.memberCount} 名队员`}</Text>
        <Text className='vo-go' aria-hidden='true'>
          查看 ›
        </Text>
      </View>
    </View>
  )
}
