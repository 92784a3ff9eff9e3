import LegalPage from '../../LegalPage'
import { userAgreement } from '../../texts'

export default function TermsPage() {
  return <LegalPage title='文明共建用户协议' sections={userAgreement} />
}
