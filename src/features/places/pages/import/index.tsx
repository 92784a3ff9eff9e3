import { Text, View } from '@tarojs/components'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import Button from '../../../../components/nut/button'
import { ROUTES, go } from '../../../../lib/routes'
import { chooseSheetFromChat, sheetFromFile } from '../../lib/sheet'
import { useImport, type ImportModel } from '../../hooks/useImport'
import type { ImportPreview, ImportResult } from '../../api/types'
import '../places.scss'

const isH5 = process.env.TARO_ENV === 'h5'

const KINDS: { key: keyof ImportPreview['counts']; unit: string }[] = [
  { key: 'areas', unit: '个片区' },
  { key: 'communities', unit: '个社区（村）' },
  { key: 'buildings', unit: '栋楼（组）' },
  { key: 'units', unit: '个单元' },
  { key: 'households', unit: '户' },
]

/** At most this many refused lines on screen; the rest are counted. */
const SHOWN_REFUSED = 50

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function Counts({ counts }: { counts: ImportPreview['counts'] }) {
  const shown = KINDS.filter((k) => counts[k.key] > 0)
  return (
    <View className='pl-counts'>
      {shown.map((k) => (
        <View key={k.key} className='pl-count'>
          <Text className='pl-count__n'>{counts[k.key]}</Text>
          <Text className='ct-text'>{k.unit}</Text>
        </View>
      ))}
    </View>
  )
}

function TemplateStep({ m }: { m: ImportModel }) {
  return (
    <View className='ct-card'>
      <Text className='pl-step ct-block'>第一步：下载模板</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>
        每行一户：片区、社区/村、类型、楼栋/组、单元、房号/户。村里没有单元的留空，房号可以写户主姓名。
        {isH5 ? '' : '模板会发到聊天里，在电脑上打开填写更方便。'}
      </Text>
      {/* Stacked, not side by side: in large text two buttons in a row cut their labels. */}
      <Button className='ct-btn ct-mt' type='primary' fill='outline' loading={m.downloading} onClick={() => m.downloadTemplate('xlsx')}>
        下载 Excel 模板
      </Button>
      <Button className='ct-btn ct-mt' fill='outline' disabled={m.downloading} onClick={() => m.downloadTemplate('csv')}>
        下载 CSV 模板
      </Button>
    </View>
  )
}

function PickStep({ m }: { m: ImportModel }) {
  const label = m.sheet ? '换一个表格' : '选择填好的表格'
  return (
    <View className='ct-card'>
      <Text className='pl-step ct-block'>第二步：选择填好的表格</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>
        {isH5 ? '.xlsx 或 .csv 文件，最多 8 MB。' : '先把表格发到微信“文件传输助手”，再从聊天里选择。.xlsx 或 .csv，最多 8 MB。'}
      </Text>
      {m.sheet ? (
        <Text className='ct-text ct-block ct-mt'>
          {m.sheet.name}（{sizeText(m.sheet.size)}）
        </Text>
      ) : null}
      {isH5 ? (
        <View className='pl-file ct-mt'>
          <Button className='ct-btn' type='primary' size='large' loading={m.reading} aria-hidden='true'>
            {m.reading ? '正在读取表格…' : label}
          </Button>
          <input
            className='ct-file-overlay'
            type='file'
            accept='.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'
            aria-label={label}
            title={label}
            disabled={m.reading || m.committing}
            onChange={(e) => {
              const input = e.currentTarget
              const file = input.files?.[0]
              input.value = ''
              if (file) void m.pick(sheetFromFile(file))
            }}
          />
        </View>
      ) : (
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.reading} disabled={m.committing} onClick={() => void chooseSheetFromChat().then(m.pick)}>
          {m.reading ? '正在读取表格…' : `${label}（从聊天中）`}
        </Button>
      )}
      {m.problem ? <FieldError message={m.problem} /> : null}
    </View>
  )
}

function Refused({ preview }: { preview: ImportPreview }) {
  if (preview.refusedTotal === 0) return null
  const rest = preview.refusedTotal - Math.min(preview.refused.length, SHOWN_REFUSED)
  return (
    <View className='ct-card'>
      <Text className='ct-section-title ct-block'>有问题的行（{preview.refusedTotal}）</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>这些行不会导入。请在表格里改好后重新选择，或者跳过它们只导入其余的。</Text>
      {preview.refused.slice(0, SHOWN_REFUSED).map((r) => (
        <Text key={`${r.line}-${r.reason}`} className='pl-line'>
          第 {r.line} 行：{r.reason}
        </Text>
      ))}
      {rest > 0 ? <Text className='ct-muted ct-block ct-mt-xs'>还有 {rest} 行有问题，改好上面这些后再预览一次就能看到。</Text> : null}
    </View>
  )
}

function PreviewStep({ m, preview }: { m: ImportModel; preview: ImportPreview }) {
  return (
    <View>
      <View className='ct-card'>
        <Text className='pl-step ct-block'>第三步：看一看，再导入</Text>
        {m.nothingNew ? (
          <Text className='ct-text ct-block ct-mt'>表格里没有新的地址：{preview.unchanged} 户都已经导入过了。</Text>
        ) : (
          <View>
            <Text className='ct-text ct-block ct-mt'>将新增：</Text>
            <Counts counts={preview.counts} />
          </View>
        )}
        {preview.unchanged > 0 && !m.nothingNew ? <Text className='ct-muted ct-block ct-mt'>已经有的 {preview.unchanged} 户不变。</Text> : null}
        {preview.sample.length > 0 ? (
          <View className='ct-mt'>
            <Text className='ct-muted ct-block'>先看看前几行读得对不对：</Text>
            {preview.sample.map((s) => (
              <Text key={s.line} className='pl-line'>
                第 {s.line} 行：{s.label}
              </Text>
            ))}
          </View>
        ) : null}
      </View>
      <Refused preview={preview} />
      {m.commitError ? <FieldError message={m.commitError} /> : null}
      {m.nothingNew ? null : preview.refusedTotal === 0 ? (
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.committing} onClick={() => void m.commit(false)}>
          导入 {m.toAdd} 户
        </Button>
      ) : m.toAdd > 0 ? (
        <Button className='ct-btn ct-mt' size='large' loading={m.committing} onClick={() => void m.commit(true)}>
          跳过 {preview.refusedTotal} 行，只导入其余 {m.toAdd} 户
        </Button>
      ) : null}
      <Text className='ct-muted ct-block ct-mt-xs'>导入要么全部写入，要么一户也不写；同一个表格再导入一次不会重复。</Text>
    </View>
  )
}

function Done({ result, m }: { result: ImportResult; m: ImportModel }) {
  const added = KINDS.filter((k) => result.added[k.key] > 0)
  return (
    <View className='ct-card pl-done'>
      <Text className='pl-done__mark ct-block' aria-hidden='true'>
        ✓
      </Text>
      <Text className='ct-h1 ct-block'>导入完成</Text>
      <Text className='ct-text ct-block ct-mt'>
        {added.length ? `新增 ${added.map((k) => `${result.added[k.key]}${k.unit}`).join('、')}` : '没有新增地址'}
      </Text>
      {result.unchanged > 0 ? <Text className='ct-muted ct-block ct-mt-xs'>已有的 {result.unchanged} 户不变</Text> : null}
      {result.skipped > 0 ? <Text className='ct-muted ct-block ct-mt-xs'>跳过了 {result.skipped} 行有问题的</Text> : null}
      <Text className='ct-muted ct-block ct-mt'>居民现在可以在“我的家”里找到自己的房号了。下一步，请为楼栋任命楼长。</Text>
      <Button className='ct-btn ct-mt' type='primary' onClick={() => void go(ROUTES.invitationNew)}>
        邀请楼长
      </Button>
      <Button className='ct-btn ct-mt' fill='outline' onClick={m.startOver}>
        再导入一个表格
      </Button>
    </View>
  )
}

export function ImportScreen() {
  const m = useImport()
  return (
    <Page>
      <View className='pl-head'>
        <Text className='ct-h1 ct-block'>导入地址</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>把全县的社区（村）、楼栋（组）、单元和房号（户）从表格导入，居民才能绑定自己的家。</Text>
      </View>
      {m.result ? (
        <Done result={m.result} m={m} />
      ) : (
        <View>
          <TemplateStep m={m} />
          <PickStep m={m} />
          {m.preview ? <PreviewStep m={m} preview={m.preview} /> : null}
        </View>
      )}
    </Page>
  )
}

export default function ImportPage() {
  return <ImportScreen />
}
