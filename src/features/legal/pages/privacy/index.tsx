import LegalPage from '../../LegalPage'
import { privacyPolicy } from '../../texts'

export default function PrivacyPolicyPage() {
  return <LegalPage title='文明共建隐私保护指引' sections={privacyPolicy} />
}
