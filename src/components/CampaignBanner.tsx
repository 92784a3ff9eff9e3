import { Image, Text, View } from '@tarojs/components'
import { photoUrl } from '../lib/files'
import './CampaignBanner.scss'

export interface BannerCampaign {
  countyName: string
  campaignName: string
  slogan: string
  bannerRef: string | null
  /** the campaign's day count; left out in the admin's preview before the start is saved */
  dayNumber?: number
}

/**
 * The top of 首页: the county, its campaign, its slogan and the day count, in
 * white on the county's banner photo (darkened so the words stay readable) or
 * on the plain red. Without a campaign yet (loading, signed out), the app's name.
 */
export default function CampaignBanner({ campaign }: { campaign?: BannerCampaign }) {
  const photo = campaign?.bannerRef ? photoUrl(campaign.bannerRef) : ''
  return (
    <View className={`ct-banner ${photo ? 'ct-banner--photo' : ''}`}>
      {photo ? <Image className='ct-banner__photo' src={photo} mode='aspectFill' aria-hidden='true' /> : null}
      {photo ? <View className='ct-banner__shade' /> : null}
      <View className='ct-banner__words'>
        {campaign ? (
          <>
            <Text className='ct-banner__county'>{campaign.countyName}</Text>
            <Text className='ct-banner__campaign'>{campaign.campaignName}</Text>
            {campaign.slogan ? <Text className='ct-banner__slogan'>{campaign.slogan}</Text> : null}
            {campaign.dayNumber !== undefined ? (
              <View className='ct-banner__day'>
                <Text>创文第 </Text>
                <Text className='ct-banner__day-num'>{campaign.dayNumber}</Text>
                <Text> 天</Text>
              </View>
            ) : null}
          </>
        ) : (
          <>
            <Text className='ct-banner__campaign'>文明共建</Text>
            <Text className='ct-banner__county'>人人参与，共建文明城市</Text>
            {/* Keeps the day count's room while the campaign loads, so 首页 does not jump down when it comes (CLS). */}
            <View className='ct-banner__day ct-banner__day--reserved' aria-hidden='true'>
              <Text>创文第 </Text>
              <Text className='ct-banner__day-num'>0</Text>
              <Text> 天</Text>
            </View>
          </>
        )}
      </View>
    </View>
  )
}
