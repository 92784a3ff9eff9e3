import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import TextArea from '../../../../components/nut/textarea'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { CONVENTION_KIND_LABELS } from '../../../../lib/labels'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { usePublish, usePublishForm } from '../../hooks/usePublish'
import type { ConventionOption, ConventionText, Id, PublishResult } from '../../api/types'
import './index.scss'

export function PublishScreen({ presetId }: { presetId?: Id }) {
  const p = usePublish(presetId)
  usePullRefresh(p.options.reload)

  return (
    <Page>
      <View className='ad-head'>
        <Text className='ct-h1 ct-block'>发布公约新版本</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>修订后发布，已签署的居民会收到“请重新签署”的提醒。</Text>
      </View>

      <Text className='ct-section-title'>选择公约</Text>
      <RemoteView<ConventionOption[]>
        remote={p.options}
        rows={2}
        empty={{ title: '没有您可以修订的公约', hint: '创文办可以修订市民公约，社区工作人员可以修订本社区的居民公约' }}
      >
        {(list) => (
          <View>
            {list.map((c) => {
              const on = p.selected === c.id
              return (
                <View
                  key={c.id}
                  className={`ct-card ct-card--tap ad-option ${on ? 'ad-option--on' : ''}`}
                  role='radio'
                  aria-checked={on}
                  onClick={() => p.choose(c.id)}
                >
                  <Text className='ct-muted ct-block'>{`${CONVENTION_KIND_LABELS[c.kind] ?? '公约'} · ${c.scopeName}`}</Text>
                  <Text className='ct-title ct-block'>{c.title}</Text>
                  <Text className='ct-muted ct-block'>{`现行第 ${c.currentVersion.version} 版 · ${c.signerCount} 人签署`}</Text>
                </View>
              )
            })}
          </View>
        )}
      </RemoteView>

      {p.result ? (
        <View className='ct-card ad-done'>
          <Text className='ct-tag ct-tag--green'>已发布</Text>
          <Text className='ct-title ct-block ct-mt-xs'>{`第 ${p.result.version} 版已经生效`}</Text>
          <Button
            className='ct-btn ct-mt'
            type='primary'
            onClick={() => p.selected !== undefined && go(withQuery(ROUTES.conventionDetail, { id: p.selected }))}
          >
            查看公约
          </Button>
        </View>
      ) : null}

      {p.selected !== undefined && !p.result ? (
        // one form per convention: its own draft, its own text
        <PublishForm
          key={p.selected}
          conventionId={p.selected}
          onPublished={(r) => {
            p.setResult(r)
            void p.options.reload()
          }}
          onConflict={() => void p.options.reload()}
        />
      ) : null}
    </Page>
  )
}

export function PublishForm(props: { conventionId: Id; onPublished: (r: PublishResult) => void; onConflict: () => void }) {
  const f = usePublishForm(props.conventionId, { onPublished: props.onPublished, onConflict: props.onConflict })
  return (
    <View className='ct-mt'>
      <RemoteView<ConventionText> remote={f.text} rows={2} isEmpty={() => false}>
        {() => (
          <View className='ct-card'>
            {f.notice ? (
              <View className='ad-notice ad-notice--alert' role='alert'>
                <Text className='ct-text ct-block'>{f.notice}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{`下面已换成现行的第 ${f.currentVersion} 版。`}</Text>
              </View>
            ) : null}
            {f.restored ? (
              <View className='ad-notice' role='status'>
                <Text className='ct-text ct-block'>
                  {f.stale
                    ? `这是您上次没发布的修改（基于第 ${f.baseVersion} 版）。这期间已发布了第 ${f.currentVersion} 版，请放弃修改，在新版本上重新修改。`
                    : '这是您上次没发布的修改，可以接着改。'}
                </Text>
                <View className='ct-link ct-mt-xs' role='button' onClick={f.discard}>
                  放弃修改，用现行版本
                </View>
              </View>
            ) : null}

            <Text className='ad-label'>标题</Text>
            <View className={`ct-box ${f.errors.title ? 'ct-box--error' : ''}`}>
              <Input value={f.title} placeholder='例如：市民文明公约（2025年修订）' maxLength={60} onChange={(v: string) => f.setTitle(v)} />
            </View>
            {f.errors.title ? <Text className='ct-field-error'>{f.errors.title}</Text> : null}

            <Text className='ad-label'>序言（可不填）</Text>
            <View className={`ct-box ad-box--mid ${f.errors.preamble ? 'ct-box--error' : ''}`}>
              <TextArea value={f.preamble} placeholder='写在条款前面的话' maxLength={1000} onChange={(v: string) => f.setPreamble(v)} />
            </View>
            {f.errors.preamble ? <Text className='ct-field-error'>{f.errors.preamble}</Text> : null}

            <Text className='ad-label'>{`条款（每行一条，现有 ${f.articleCount} 条）`}</Text>
            <View className={`ct-box ad-box--tall ${f.errors.articles ? 'ct-box--error' : ''}`}>
              <TextArea
                value={f.articlesText}
                placeholder={'爱党爱国，热爱家乡\n遵纪守法，诚实守信'}
                maxLength={6000}
                onChange={(v: string) => f.setArticlesText(v)}
              />
            </View>
            {f.errors.articles ? <Text className='ct-field-error'>{f.errors.articles}</Text> : null}

            <Button className='ct-btn ct-mt-lg' type='primary' size='large' loading={f.publishing} onClick={() => void f.publish()}>
              发布新版本
            </Button>
          </View>
        )}
      </RemoteView>
    </View>
  )
}

export default function PublishPage() {
  const { params } = useRouter()
  return <PublishScreen presetId={params.conventionId} />
}
