import { Text, View } from '@tarojs/components'
import RemoteView from '../../../components/RemoteView'
import Button from '../../../components/nut/button'
import { formatDate } from '../../../lib/time'
import type { Id, TextAnswerPage } from '../api/types'
import { useTextAnswers } from '../hooks/useResults'

/** The written answers to one question, newest day first; a name only on a named questionnaire. */
export default function TextAnswers({ questionnaireId, questionId }: { questionnaireId: Id; questionId: string }) {
  const t = useTextAnswers(questionnaireId, questionId)
  return (
    <RemoteView<TextAnswerPage> remote={t.first} rows={1} empty={{ title: '还没有人写', hint: '有人作答后，写下的话会出现在这里。' }} isEmpty={(p) => p.items.length === 0}>
      {() => (
        <View className='qn-texts'>
          {t.items.map((a, i) => (
            <View key={i} className='qn-text'>
              <Text className='ct-text ct-block qn-text__words'>{a.text}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{a.name ? `${a.name} · ${formatDate(a.day)}` : formatDate(a.day)}</Text>
            </View>
          ))}
          {t.hasMore ? (
            <Button className='ct-btn ct-mt' type='default' loading={t.loadingMore} onClick={() => void t.loadMore()}>
              加载更多
            </Button>
          ) : null}
        </View>
      )}
    </RemoteView>
  )
}
