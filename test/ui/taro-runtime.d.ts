// The React framework plugin's runtime ships no types; the shim only re-exports its hooks.
declare module '@tarojs/plugin-framework-react/dist/runtime'
