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
import { usePublish } from '../../hooks/usePublish'
import type { ConventionOption, Id } from '../../api/types'
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
              const on = String(p.selected) === String(c.id)
              return (
                <View
                  key={c.id}
                  className={`ct-card ct-card--tap ad-option ${on ? 'ad-option--on' : ''}`}
                  role='radio'
                  aria-checked={on}
                  onClick={() => void p.choose(c.id)}
                >
                  <Text className='ct-muted ct-block'>{`${CONVENTION_KIND_LABELS[c.kind] ?? '公约'} · ${c.scopeName}`}</Text>
                  <Text className='ct-title ct-block'>{c.title}</Text>
                  <Text className='ct-muted ct-block'>{`现行第 ${c.currentVersion.version} 版 · ${c.signerCount} 人签署`}</Text>
                </View>
              )
            })}
            {p.errors.conventionId ? <Text className='ct-field-error'>{p.errors.conventionId}</Text> : null}
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
        <View className='ct-card ct-mt'>
          {p.loadingText ? <Text className='ct-muted ct-block'>正在载入现行版本…</Text> : null}
          <Text className='ad-label'>标题</Text>
          <View className={`ct-box ${p.errors.title ? 'ct-box--error' : ''}`}>
            <Input value={p.title} placeholder='例如：市民文明公约（2025年修订）' maxLength={60} onChange={(v: string) => p.setTitle(v)} />
          </View>
          {p.errors.title ? <Text className='ct-field-error'>{p.errors.title}</Text> : null}

          <Text className='ad-label'>序言（可不填）</Text>
          <View className='ct-box ad-box--mid'>
            <TextArea value={p.preamble} placeholder='写在条款前面的话' maxLength={500} onChange={(v: string) => p.setPreamble(v)} />
          </View>

          <Text className='ad-label'>{`条款（每行一条，现有 ${p.articleCount} 条）`}</Text>
          <View className={`ct-box ad-box--tall ${p.errors.articles ? 'ct-box--error' : ''}`}>
            <TextArea
              value={p.articlesText}
              placeholder={'爱党爱国，热爱家乡\n遵纪守法，诚实守信'}
              maxLength={3000}
              onChange={(v: string) => p.setArticlesText(v)}
            />
          </View>
          {p.errors.articles ? <Text className='ct-field-error'>{p.errors.articles}</Text> : null}

          <Button className='ct-btn ct-mt-lg' type='primary' size='large' loading={p.publishing} onClick={() => void p.publish()}>
            发布新版本
          </Button>
        </View>
      ) : null}
    </Page>
  )
}

export default function PublishPage() {
  const { params } = useRouter()
  return <PublishScreen presetId={params.conventionId} />
}
