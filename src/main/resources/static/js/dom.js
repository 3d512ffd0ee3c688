// Small helpers the page's scripts share: find an element, read a meta tag, build elements (text is always
// set as text, never as HTML), call the API.
window.csaDom = (function () {
  'use strict';

  const el = (id) => document.getElementById(id);

  function meta(name) {
    const m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const csrfToken = meta('csrf-token');
  const csrfHeader = meta('csrf-header') || 'X-CSRF-TOKEN';

  // A call to the API from the signed-in page: the session's cookie, and its CSRF token on every change.
  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      if (csrfToken) headers[csrfHeader] = csrfToken;
    }
    const response = await fetch(path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    return { ok: response.ok, status: response.status, data };
  }

  // The API's error shape in a status line: its message, then each problem with where it is.
  function problems(target, error) {
    target.replaceChildren(h('span', { class: 'alert-title', text: error.message || 'The server refused it.' }),
      (error.problems && error.problems.length)
        ? h('ul', {}, error.problems.map(p => h('li', {}, h('strong', { text: p.location }), ': ' + p.message))) : null);
    target.classList.add('alert');
  }

  return { el, meta, h, api, problems };
})();
