// Vue's in-browser ES module build (with the runtime template compiler) ships no types of
// its own; its API is the one typed for 'vue'.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
