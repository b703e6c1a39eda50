// A generated production bundle for the odd-files test and the profiler: see makeBundle.
import { mulberry32 } from './fuzz.mjs';

/**
 * A webpack-style production bundle of about `bytes` characters on one line: modules of minified code
 * (short names, vendor calls in every 25th module) and, for `dataShare` of the size, asset modules
 * (`e.exports = "data:image/svg+xml;base64,..."`), as bundles inline images and fonts. Deterministic.
 */
export function makeBundle(bytes, seed, { dataShare = 0 } = {}) {
  const random = mulberry32(seed);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const id = () => {
    const name =
      pick('abcdefghijklmnopqrstuvwxyz') +
      (random() < 0.4 ? pick('abcdefghijklmnopqrstuvwxyz0123456789') : '');
    return ['if', 'in', 'do'].includes(name) ? id() : name;
  };
  const vendor = [
    (u) => `window.analytics.identify(${u}.id,{email:${u}.email,name:${u}.name})`,
    (u) => `gtag("config","G-ABC123",{user_id:${u}.id})`,
    (u) => `window._paq.push(["setUserId",${u}.email])`,
    (u) => `window.mixpanel&&window.mixpanel.people.set({$email:${u}.email})`,
    (u) => `window.Sentry.setUser({id:${u}.id,email:${u}.email})`,
    (u) => `window.posthog?.identify(${u}.id,{email:${u}.email})`,
  ];
  // Declared names are unique (a bundle never declares the same name twice in a scope).
  let declared = 0;
  const decl = () => `_${(declared++).toString(36)}`;
  const bodies = [
    () => `var ${decl()}=n(${Math.floor(random() * 9999)}),${decl()}=n.n(${id()});`,
    () =>
      `function ${decl()}(${id()}){return ${id()}.length>${Math.floor(random() * 100)}?${id()}.slice(0,${id()}):"${id()}"+${id()}}`,
    () =>
      `const ${decl()}={${Array.from({ length: 8 }, () => `${id()}:${Math.floor(random() * 1e6)}`).join(',')}};`,
    () => `for(let ${id()}=0;${id()}<${id()}.length;${id()}++)${id()}[${id()}]=${id()}[${id()}]*2|0;`,
    () =>
      `class ${decl().toUpperCase()} extends ${id()}{constructor(e){super(e),this.state={${id()}:!1}}render(){return(0,r.jsx)("div",{className:"${id()}",children:this.props.${id()}})}}`,
    () =>
      `t.${id()}=async(${id()})=>{try{const e=await fetch("/api/${id()}");return e.ok?e.json():null}catch(e){console.error(e)}};`,
  ];
  const modules = [];
  let size = 0;
  let vendorCalls = 0;
  let i = 0;
  for (; size < bytes * (1 - dataShare); i++) {
    let body = Array.from({ length: 6 }, () => pick(bodies)()).join('');
    if (i % 25 === 0) {
      vendorCalls++;
      body += `t.track=function(u){${pick(vendor)('u')}};`;
    }
    const module = `${i}:function(e,t,n){"use strict";${body}}`;
    modules.push(module);
    size += module.length + 1;
  }
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (; size < bytes; i++) {
    const data = Array.from(
      { length: Math.min(65_536, bytes - size) },
      () => BASE64[Math.floor(random() * 64)],
    ).join('');
    const module = `${i}:function(e){e.exports="data:image/svg+xml;base64,${data}"}`;
    modules.push(module);
    size += module.length + 1;
  }
  return {
    code: `(()=>{var e={${modules.join(',')}},t={};function n(r){var o=t[r];if(void 0!==o)return o.exports;var i=t[r]={exports:{}};return e[r](i,i.exports,n),i.exports}n(0)})();`,
    vendorCalls,
  };
}
