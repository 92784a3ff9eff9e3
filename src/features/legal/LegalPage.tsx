import { Text, View } from '@tarojs/components'
import Page from '../../components/Page'
import RemoteView from '../../components/RemoteView'
import { useLegalParty } from './hooks'
import type { LegalParty, LegalSection } from './texts'
import './legal.scss'

/** A text the person reads before agreeing: its sections, in large clear type, with the county's own names filled in. */
export default function LegalPage({ title, sections }: { title: string; sections: (p: LegalParty) => LegalSection[] }) {
  const party = useLegalParty()
  return (
    <Page>
      <View className='lg-head'>
        <Text className='ct-h1 ct-block'>{title}</Text>
      </View>
      <RemoteView<LegalParty> remote={party} rows={4} isEmpty={() => false}>
        {(p) => (
          <View>
            {sections(p).map((s) => (
              <View key={s.title} className='ct-card'>
                <Text className='ct-title ct-block'>{s.title}</Text>
                {s.lines.map((l) => (
                  <Text key={l} className='ct-text ct-block ct-mt-xs'>
                    {l}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
