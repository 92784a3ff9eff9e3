/**
 * A person has signed the convention when they signed its current version; when
 * they signed only an older one, they are asked to sign again.
 */
export function pledgeStatus(currentVersion: number, signedVersions: number[]): 'signed' | 'resign' | 'unsigned' {
  if (signedVersions.includes(currentVersion)) return 'signed';
  return signedVersions.length > 0 ? 'resign' : 'unsigned';
}
