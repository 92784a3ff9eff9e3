/// <reference types="@tarojs/taro" />

/** Build constants from config/index.ts (defineConstants). */
declare const API_MODE: 'cloud' | 'http'
declare const API_BASE: string
declare const CLOUD_ENV: string
/** Changes with every build: answers kept on the phone by an earlier build are not read (their shape may have changed). */
declare const BUILD_ID: string

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.jpg' {
  const src: string
  export default src
}
declare module '*.svg' {
  const src: string
  export default src
}
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
    TARO_APP_API_MODE?: 'cloud' | 'http'
    TARO_APP_API_BASE?: string
    TARO_APP_CLOUD_ENV?: string
  }
}
