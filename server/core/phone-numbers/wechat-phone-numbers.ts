import type { PhoneNumbers } from './port';

/** The part of wx-server-sdk this uses: phonenumber.getPhoneNumber (cloud call, no access token to keep). */
export interface WxPhoneSdk {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  openapi: { phonenumber: { getPhoneNumber(request: { code: string }): Promise<{ errCode?: number; errMsg?: string; phoneInfo?: { purePhoneNumber?: string; countryCode?: string } }> } };
}

function requireSdk(): WxPhoneSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk') as WxPhoneSdk;
}

/** In the cloud functions: WeChat exchanges the button's code for the number (mainland numbers only are kept). */
export function wechatPhoneNumbers(sdk: () => WxPhoneSdk = requireSdk): PhoneNumbers {
  let ready: WxPhoneSdk | undefined;
  return {
    async exchange(code) {
      if (!ready) {
        ready = sdk();
        ready.init({ env: ready.DYNAMIC_CURRENT_ENV });
      }
      const answer = await ready.openapi.phonenumber.getPhoneNumber({ code });
      const phone = answer.phoneInfo?.purePhoneNumber;
      if ((answer.errCode ?? 0) !== 0 || !phone) throw new Error(`getPhoneNumber: ${answer.errCode ?? ''} ${answer.errMsg ?? 'no number'}`);
      if ((answer.phoneInfo?.countryCode ?? '86') !== '86') throw new Error('getPhoneNumber: not a mainland number');
      return phone;
    },
  };
}

/** Tests (and a demo): each code stands for the number given, once. */
export function fakePhoneNumbers(numbers: Record<string, string>): PhoneNumbers {
  const left = new Map(Object.entries(numbers));
  return {
    async exchange(code) {
      const phone = left.get(code);
      if (!phone) throw new Error('unknown or used code');
      left.delete(code);
      return phone;
    },
  };
}
