import { Text, View } from '@tarojs/components'
import RemoteView from '../../../components/RemoteView'
import Button from '../../../components/nut/button'
import Checkbox from '../../../components/nut/checkbox'
import type { FlagsModel } from '../hooks/useAdmin'
import type { VoteFlag } from '../api/types'
import ReasonSheet from '../../../components/ReasonSheet'
import { formatAt } from './words'

/** 2.5小时 · 30分钟: how old the voting account was. */
export function ageText(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))}分钟`
  return `${Math.round(hours * 10) / 10}小时`
}

/**
 * 疑似刷票: bursts of votes from accounts made in the last 24 hours, each with
 * its votes (when, and how old the account was). The admin ticks the ones to
 * void and gives a reason; the tallies drop at once.
 */
export default function FlagList({ f }: { f: FlagsModel }) {
  return (
    <View>
      <RemoteView<VoteFlag[]>
        remote={f.flags}
        rows={2}
        empty={{ title: '没有发现疑似刷票', hint: '短时间内大量新注册账号投给同一个家庭时，会出现在这里，并发消息提醒您' }}
      >
        {(flags) => (
          <View>
            {flags.map((flag) => {
              const open = flag.votes.filter((v) => !v.voided)
              const allPicked = open.every((x) => f.picked.includes(x.voteId))
              return (
                <View key={flag.id} className='ct-card'>
                  <View className='ct-spread'>
                    <Text className='fm-family__name ct-grow'>{flag.displayName}</Text>
                    <Text className='ct-tag ct-tag--red'>{`${flag.newAccountVotes}张可疑选票`}</Text>
                  </View>
                  <Text className='ct-muted ct-block'>{`${formatAt(flag.windowStart)} 起的10分钟内，来自注册不到24小时的账号`}</Text>
                  <View className='ct-mt' role='group' aria-label={`${flag.displayName}的可疑选票`}>
                    {flag.votes.map((v) => (
                      <View key={v.voteId} className={`fm-flag__vote ${v.voided ? 'fm-flag__vote--void' : ''}`}>
                        {v.voided ? (
                          <Text className='ct-text'>{`${formatAt(v.at)} · 账号注册${ageText(v.accountAgeHours)} · 已作废`}</Text>
                        ) : (
                          <Checkbox checked={f.picked.includes(v.voteId)} onChange={(on: boolean) => f.toggle(v.voteId, on)}>
                            {`${formatAt(v.at)} · 账号注册${ageText(v.accountAgeHours)}`}
                          </Checkbox>
                        )}
                      </View>
                    ))}
                  </View>
                  {open.length > 1 ? (
                    <View
                      className='ct-link ct-mt-xs'
                      role='button'
                      onClick={() => open.forEach((v) => f.toggle(v.voteId, !allPicked))}
                    >
                      {allPicked ? '取消全选' : '全选这一组'}
                    </View>
                  ) : null}
                </View>
              )
            })}
            {f.picked.length ? (
              <Button className='ct-btn' type='primary' loading={f.voiding} onClick={f.ask}>
                {`作废所选（${f.picked.length}票）`}
              </Button>
            ) : null}
            <Text className='ct-muted ct-block ct-mt-xs'>
              {f.picked.length ? '作废的选票不再计入票数，原因会记录在案；结果公布后不能再作废。' : '勾选要作废的选票后，点“作废所选”。不作废的照常计票。'}
            </Text>
          </View>
        )}
      </RemoteView>
      {f.asking ? (
        <ReasonSheet
          title={`作废${f.picked.length}张选票`}
          hint='作废后，这些票从家庭的票数里减掉。请写明原因，会记录在案。'
          quick={['同一时段大量新注册账号集中投票', '经核实为组织刷票']}
          placeholder='请写明作废的原因'
          confirmText='确认作废'
          busy={f.voiding}
          error={f.voidError?.message}
          onCancel={f.cancel}
          onConfirm={(reason) => void f.voidPicked(reason)}
        />
      ) : null}
    </View>
  )
}
