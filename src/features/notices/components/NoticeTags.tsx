import { Text } from '@tarojs/components'

/** The marks beside a notice's title: 置顶, and for the captain 已撤回 / 已到期. */
export default function NoticeTags(props: { pinned: boolean; withdrawn?: boolean; over?: boolean; acknowledged?: boolean }) {
  const { pinned, withdrawn, over, acknowledged } = props
  return (
    <>
      {withdrawn ? <Text className='ct-tag nt-tag'>已撤回</Text> : over ? <Text className='ct-tag nt-tag'>已到期</Text> : null}
      {pinned && !withdrawn ? <Text className='ct-tag ct-tag--red nt-tag'>置顶</Text> : null}
      {acknowledged ? <Text className='ct-tag ct-tag--green nt-tag'>已收到</Text> : null}
    </>
  )
}
