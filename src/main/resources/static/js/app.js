// The working group's page: draws a scenario's inputs as controls, asks the what-if API on every change and
// shows the recommendation with what moved. No build step: plain browser JavaScript.
(function () {
  'use strict';

  const { el, meta, h } = window.csaDom;

  const canChange = document.body.dataset.canChange === 'true';
  const csrfToken = meta('csrf-token');
  const csrfHeader = meta('csrf-header') || 'X-CSRF-TOKEN';

  const OUTCOME_GROUPS = [
    ['priority', 'Priorities'],
    ['cross-cutting-theme', 'Cross-cutting themes'],
    ['focus-area', 'Focus areas'],
    ['within-priority', 'Within priorities'],
    ['review', 'For review by the working group'],
    ['watch-list', 'Watch list'],
    ['not-prioritised', 'Not prioritised']
  ];

  // Against last year's agreement; "moved" here is not a what-if move, so it says so.
  const CHANGE_LABELS = {
    'moved': 'moved since last year', 'under-review': 'under review', 'retained': 'retained', 'new': 'new',
    'renamed': 'renamed', 'merged': 'merged', 'split': 'split', 'dropped': 'dropped'
  };

  const state = {
    name: null,        // what the picker shows: a scenario or a saved variant
    baseline: null,    // the adopted scenario every what-if is measured against
    inputs: null,
    changes: new Map(), // control key -> change, only where a control differs from the baseline
    request: null,
    timer: null,
    items: [],         // the baseline's items (id, name), for the working group's decisions
    why: null          // the scenario and item the Why / why not panel was last asked about
  };


  // ---- talking to the API ----

  async function api(method, path, body, signal) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      if (csrfToken) headers[csrfHeader] = csrfToken;
    }
    const response = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin', signal
    });
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (response.status === 401) {
      showError({ message: 'Your session has ended: sign in again (reload the page).', problems: [] });
    }
    return { ok: response.ok, status: response.status, data };
  }

  function scenarioPath(name) {
    return '/api/scenarios/' + encodeURIComponent(name);
  }

  function showError(error) {
    const box = el('alert');
    box.replaceChildren(
      h('p', { class: 'alert-title', text: 'That change could not be tried: ' + (error.message || 'the server refused it') }),
      (error.problems && error.problems.length)
        ? h('ul', {}, error.problems.map(p => h('li', {}, h('strong', { text: p.location }), ': ' + p.message)))
        : null);
    box.hidden = false;
  }

  function clearError() {
    el('alert').hidden = true;
    el('alert').replaceChildren();
  }

  function announce(text) {
    el('status').textContent = text;
  }

  // ---- loading a scenario or variant ----

  async function load(name) {
    clearError();
    el('why').hidden = true;
    state.name = name;
    state.changes = new Map();
    state.items = [];
    const detail = await api('GET', scenarioPath(name));
    if (!detail.ok) { showError(detail.data || {}); return; }
    const entry = detail.data.entry;
    state.baseline = entry.kind === 'VARIANT' ? entry.variantOf : entry.name;
    (detail.data.changes || []).forEach((change, i) => state.changes.set(keyOf(change, i), change));
    if (!canChange) {
      const result = await api('GET', scenarioPath(name) + '/assessment');
      if (!result.ok) { showError(result.data || {}); return; }
      renderAssessment(result.data, null);
      announce('Showing ' + entry.title + '.');
      return;
    }
    const inputs = await api('GET', scenarioPath(state.baseline) + '/inputs');
    if (!inputs.ok) { showError(inputs.data || {}); return; }
    state.inputs = inputs.data;
    renderControls();
    await update();
  }

  // A control's key: the same change made twice replaces itself rather than piling up.
  function keyOf(c, i) {
    switch (c.op) {
      case 'set-count': return 'count|' + c.issue;
      case 'set-band': return 'band|' + c.issue;
      case 'set-district-level': return 'level|' + c.district + '|' + c.issue;
      case 'set-harm': return 'harm|' + c.issue + '|' + c.dimension;
      case 'set-likelihood': return 'likelihood|' + c.issue;
      case 'set-position': return 'position|' + c.issue;
      case 'set-confidence': return 'confidence|' + c.issue;
      case 'remove-horizon': return 'horizon|' + c.id;
      case 'set-threshold': return 'threshold|' + c.key;
      case 'set-weight': return 'weight|' + c.driver;
      case 'decide': return 'decide|' + c.item;
      default: return 'other|' + i;
    }
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(update, 120);
  }

  async function update() {
    if (state.request) state.request.abort();
    const controller = new AbortController();
    state.request = controller;
    const started = performance.now();
    let result;
    try {
      result = await api('POST', scenarioPath(state.baseline) + '/whatif?baseline=false',
        { changes: Array.from(state.changes.values()) }, controller.signal);
    } catch (e) {
      if (e.name === 'AbortError') return;
      showError({ message: 'the server could not be reached', problems: [] });
      return;
    }
    if (state.request !== controller) return;
    if (!result.ok) {
      if (result.status !== 401) showError(result.data || {});
      announce('The last change was not applied: the recommendation shown is from before it.');
      return;
    }
    clearError();
    const firstAnswer = !state.items.length;
    state.items = result.data.variant.recommendations.map(r => ({ id: r.id, name: r.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (firstAnswer) renderControls();
    renderAssessment(result.data.variant, result.data);
    const moved = movedItems(result.data.diff);
    announce(state.changes.size === 0
      ? 'Showing the adopted baseline.'
      : 'Updated in ' + Math.round(performance.now() - started) + ' ms: ' + moved.length
        + (moved.length === 1 ? ' item moved' : ' items moved') + (moved.length ? ' (' + moved.map(i => i.name).join(', ') + ').' : '.'));
  }

  // ---- the controls ----

  function setChange(key, change, isBaseline) {
    if (isBaseline) state.changes.delete(key); else state.changes.set(key, change);
    schedule();
  }

  function current(key, field, fallback) {
    const c = state.changes.get(key);
    return c ? c[field] : fallback;
  }

  function renderControls() {
    const inputs = state.inputs;
    const root = el('controls');
    root.replaceChildren();
    const groups = [countsGroup(inputs), bandsGroup(inputs), districtsGroup(inputs), harmGroup(inputs),
      horizonGroup(inputs), policyGroup('Thresholds', 'threshold', inputs.thresholds, 'set-threshold', 'key'),
      policyGroup('Weights of the score', 'weight', inputs.weights, 'set-weight', 'driver'), decisionsGroup(), otherGroup()];
    groups.filter(Boolean).forEach((g, i) => { if (i === 0) g.open = true; root.append(g); });
  }

  function group(title, ...content) {
    return h('details', { class: 'group' }, h('summary', {}, h('span', { class: 'group-title', text: title })), ...content);
  }

  function stepper(id, label, value, min, max, onValue) {
    const input = h('input', { id, type: 'number', min, max, step: 1, value, inputmode: 'numeric' });
    input.addEventListener('change', () => onValue(input.value === '' ? null : Number(input.value)));
    const step = (delta, text) => h('button', {
      type: 'button', class: 'step', 'aria-label': text + ': ' + label,
      onclick: () => { input.value = Number(input.value) + delta; onValue(Number(input.value)); }
    }, delta < 0 ? '\u2212' : '+');
    return h('div', { class: 'control stepper' },
      h('label', { for: id, text: label }),
      h('div', { class: 'stepper-row' }, step(-1, 'One fewer'), input, step(1, 'One more')));
  }

  function select(id, label, options, value, onValue) {
    const s = h('select', { id }, options.map(o => h('option', { value: o.id, selected: o.id === value, text: o.label })));
    s.addEventListener('change', () => onValue(s.value));
    return h('div', { class: 'control' }, h('label', { for: id, text: label }), s);
  }

  function slug(text) {
    return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  }

  function countsGroup(inputs) {
    if (!inputs.counts.length) return null;
    return group('How many districts name each issue',
      h('p', { class: 'hint', text: 'Published counts: how many district strategic assessments name the issue.' }),
      inputs.counts.map(row => {
        const key = 'count|' + row.issue;
        return stepper('count-' + slug(row.issue), row.label + ' (of ' + row.of + ')', current(key, 'count', row.count),
          0, row.of, v => setChange(key, { op: 'set-count', issue: row.issue, count: v }, v === row.count));
      }));
  }

  function bandsGroup(inputs) {
    if (!inputs.bands.length) return null;
    const options = inputs.bandDefinitions.map(b => ({ id: b.id, label: b.label }));
    return group('How widely districts name each issue',
      inputs.bands.map(row => {
        const key = 'band|' + row.issue;
        return select('band-' + slug(row.issue), row.statement, options, current(key, 'band', row.band),
          v => setChange(key, { op: 'set-band', issue: row.issue, band: v }, v === row.band));
      }));
  }

  function districtsGroup(inputs) {
    if (!inputs.perDistrict.length) return null;
    const issues = [];
    inputs.perDistrict.forEach(d => Object.keys(d.levels).forEach(i => { if (!issues.includes(i)) issues.push(i); }));
    const options = inputs.districtLevels.map(l => ({ id: l, label: l.replace(/-/g, ' ') }));
    return group('What each district names',
      issues.map(issue => h('fieldset', { class: 'districts' },
        h('legend', { text: inputs.issueNames[issue] || issue }),
        inputs.perDistrict.map(d => {
          const key = 'level|' + d.district + '|' + issue;
          const base = d.levels[issue] || 'not-named';
          return select('level-' + slug(d.district) + '-' + slug(issue), d.district, options,
            current(key, 'level', base),
            v => setChange(key, { op: 'set-district-level', district: d.district, issue, level: v }, v === base));
        }))));
  }

  function harmGroup(inputs) {
    if (!inputs.harm.length || !inputs.harmScale) return null;
    const scale = inputs.harmScale;
    return group('Threat, risk and harm scores',
      inputs.harm.map(row => h('fieldset', { class: 'harm' },
        h('legend', { text: inputs.issueNames[row.issue] || row.issue }),
        scale.dimensions.map(d => {
          const key = 'harm|' + row.issue + '|' + d.id;
          const base = row.harm[d.id];
          return stepper('harm-' + slug(row.issue) + '-' + d.id, d.label, current(key, 'value', base), d.min, d.max,
            v => setChange(key, { op: 'set-harm', issue: row.issue, dimension: d.id, value: v }, v === base));
        }),
        scale.likelihood ? stepper('likelihood-' + slug(row.issue), scale.likelihood.label,
          current('likelihood|' + row.issue, 'value', row.likelihood), scale.likelihood.min, scale.likelihood.max,
          v => setChange('likelihood|' + row.issue, { op: 'set-likelihood', issue: row.issue, value: v }, v === row.likelihood)) : null,
        select('position-' + slug(row.issue), 'Organisational position', scale.positions,
          current('position|' + row.issue, 'value', row.position),
          v => setChange('position|' + row.issue, { op: 'set-position', issue: row.issue, value: v }, v === row.position)))));
  }

  function horizonGroup(inputs) {
    if (!inputs.horizon.length) return null;
    return group('Horizon scanning items',
      h('p', { class: 'hint', text: 'Untick an item to try the assessment without it.' }),
      h('ul', { class: 'checks' }, inputs.horizon.map(item => {
        const key = 'horizon|' + item.id;
        const id = 'horizon-' + slug(item.id);
        const box = h('input', { type: 'checkbox', id, checked: !state.changes.has(key) });
        box.addEventListener('change', () => setChange(key, { op: 'remove-horizon', id: item.id }, box.checked));
        const issues = item.issues.map(i => inputs.issueNames[i] || i).join(', ');
        return h('li', {}, box, h('label', { for: id },
          item.text, h('span', { class: 'meta', text: ' (' + item.kind.replace(/-/g, ' ') + '; ' + issues + ')' })));
      })));
  }

  function policyGroup(title, prefix, settings, op, field) {
    if (!settings || !settings.length) return null;
    return group(title, settings.map(s => {
      const key = prefix + '|' + s.key;
      const id = prefix + '-' + slug(s.key);
      const value = current(key, 'value', s.value);
      const slider = h('input', { type: 'range', id, min: s.min, max: s.max, step: s.step, value });
      const shown = h('output', { for: id, text: format(value) });
      slider.addEventListener('input', () => { shown.textContent = format(Number(slider.value)); });
      slider.addEventListener('change', () => {
        const v = Number(slider.value);
        setChange(key, { op, [field]: s.key, value: v }, Math.abs(v - s.value) < 1e-9);
      });
      return h('div', { class: 'control slider' }, h('label', { for: id, text: s.label }), h('div', { class: 'slider-row' }, slider, shown));
    }));
  }

  // The working group's own decisions: drop or adopt an item, with the reason scrutiny will ask for. A drop
  // the law forbids comes back refused, with the statute, in the diff and the item's trail.
  function decisionsGroup() {
    if (!state.items.length) return null;
    const item = h('select', { id: 'decide-item' }, state.items.map(i => h('option', { value: i.id, text: i.name })));
    const decision = h('select', { id: 'decide-decision' },
      h('option', { value: 'drop', text: 'drop it from the agreement' }),
      h('option', { value: 'prioritise', text: 'adopt it whatever the evidence' }),
      h('option', { value: 'none', text: 'withdraw a decision the scenario records' }));
    const reason = h('input', { id: 'decide-reason', type: 'text', maxlength: '300', 'aria-describedby': 'decide-hint' });
    const apply = h('button', { type: 'button', id: 'decide-apply' }, 'Try this decision');
    apply.addEventListener('click', () => {
      if (decision.value !== 'none' && !reason.value.trim()) {
        showError({ message: 'Give the working group\'s reason: a departure from the evidence must be explained.', problems: [] });
        reason.focus();
        return;
      }
      clearError();
      setChange('decide|' + item.value, { op: 'decide', item: item.value, decision: decision.value, reason: reason.value.trim() || undefined }, false);
      renderControls();
    });
    const active = Array.from(state.changes.entries()).filter(([k]) => k.startsWith('decide|'));
    const g = group('Working group decisions',
      h('p', { class: 'hint', id: 'decide-hint', text: 'Try dropping or adopting an item. A reason is required; a drop the law forbids is refused.' }),
      h('div', { class: 'control' }, h('label', { for: 'decide-item', text: 'Item' }), item),
      h('div', { class: 'control' }, h('label', { for: 'decide-decision', text: 'Decision' }), decision),
      h('div', { class: 'control' }, h('label', { for: 'decide-reason', text: 'Reason' }), reason),
      h('p', {}, apply),
      active.length ? h('ul', { class: 'decisions' }, active.map(([key, c]) => h('li', {},
        (state.items.find(i => i.id === c.item) || { name: c.item }).name + ': ' + c.decision + ' (' + c.reason + ') ',
        h('button', { type: 'button', onclick: () => { state.changes.delete(key); renderControls(); schedule(); } }, 'Withdraw')))) : null);
    if (active.length) g.open = true;
    return g;
  }

  function otherGroup() {
    const others = Array.from(state.changes.entries()).filter(([k]) => k.startsWith('other|'));
    if (!others.length) return null;
    return group('Other changes of this variant', h('ul', {}, others.map(([key, change]) =>
      h('li', {}, h('code', { text: JSON.stringify(change) }), ' ',
        h('button', { type: 'button', onclick: () => { state.changes.delete(key); renderControls(); schedule(); } }, 'Remove')))));
  }

  function format(v) {
    return Number.isInteger(v) ? String(v) : Number(v).toFixed(2);
  }

  // ---- the recommendation ----

  function movedItems(diff) {
    return diff ? diff.items.filter(i => i.outcomeChanged || i.withinBefore !== i.withinAfter) : [];
  }

  function renderAssessment(assessment, whatIf) {
    const diff = whatIf ? whatIf.diff : null;
    const byId = new Map((diff ? diff.items : []).map(i => [i.id, i]));
    renderDiff(whatIf);
    const out = el('outcomes');
    out.replaceChildren();
    out.append(h('p', { class: 'scenario-line',
      text: assessment.partnership + ', ' + assessment.financialYear + ' (' + assessment.framework + ')' }));
    const shown = new Set();
    if (assessment.framework === 'strategic-aims' && assessment.aims.length) {
      out.append(h('h3', { text: 'Strategic aims' }));
      assessment.aims.forEach(aim => out.append(renderAim(aim, assessment, byId, shown)));
    }
    for (const [outcome, title] of OUTCOME_GROUPS) {
      const items = assessment.recommendations.filter(r => r.outcome === outcome && !shown.has(r.id));
      if (!items.length) continue;
      out.append(h('section', { class: 'outcome outcome-' + outcome, 'aria-label': title },
        h('h3', {}, title + ' (' + items.length + ')'),
        h('ol', { class: 'items' }, items.map(r => renderItem(r, byId.get(r.id))))));
    }
    if (assessment.compliance) out.append(renderCompliance(assessment.compliance, diff));
    const dropped = (assessment.dropped || []);
    const gone = diff ? diff.items.filter(i => i.outcomeBefore && !i.outcomeAfter) : [];
    if (dropped.length || gone.length) {
      out.append(h('section', { class: 'outcome outcome-dropped', 'aria-label': 'Dropped' },
        h('h3', { text: 'Dropped' }),
        h('ul', { class: 'items' },
          dropped.map(d => h('li', { class: 'item' }, h('span', { class: 'name', text: d.name }),
            h('p', { class: 'because', text: 'Last year: ' + d.previousForm + '. ' + d.reason }))),
          gone.map(i => h('li', { class: 'item moved' }, h('span', { class: 'name', text: i.name }),
            h('span', { class: 'flag', text: 'Moved: was ' + i.outcomeBefore }))))));
    }
  }

  // The agreement checked against the law: gaps first, each duty with what meets it or why not, then the
  // regard had to the Police and Crime Plan. Findings the what-if changed are highlighted.
  function renderCompliance(compliance, diff) {
    if (!compliance) return null;
    const changed = new Map((diff && diff.compliance ? diff.compliance : []).map(c => [c.id, c]));
    const gaps = compliance.duties.filter(d => d.finding === 'gap').length;
    const entry = (id, finding, title, reason, rule) => {
      const c = changed.get(id);
      return h('li', { class: 'finding finding-' + finding + (c ? ' moved' : ''), 'data-finding': id },
        h('span', { class: 'badge', text: finding }), ' ', h('span', { class: 'name', text: title }),
        c ? ' ' : null, c ? h('span', { class: 'flag', text: 'Was ' + (c.before || 'absent') }) : null,
        h('p', { class: 'because', text: reason + ' [' + rule + ']' }));
    };
    return h('section', { class: 'compliance', id: 'compliance', 'aria-label': 'Statutory compliance' },
      h('h3', { text: 'Statutory compliance (' + gaps + (gaps === 1 ? ' gap)' : ' gaps)') }),
      h('ul', { class: 'findings' }, compliance.duties.map(d => entry(d.id, d.finding,
        d.citation + ' (' + d.bearer + ', ' + d.status + ')', d.reason, d.ruleId))),
      compliance.policeAndCrimePlan.length ? h('details', { class: 'drivers',
        open: compliance.policeAndCrimePlan.some(p => changed.has(p.id)) },
        h('summary', { text: 'Regard to the Police and Crime Plan (' + compliance.policeAndCrimePlan.length + ' priorities)' }),
        h('ul', { class: 'findings' }, compliance.policeAndCrimePlan.map(p => entry(p.id, p.finding, "'" + p.text + "'",
          p.reason, p.ruleId)))) : null);
  }

  function renderAim(aim, assessment, byId, shown) {
    const focus = aim.focusAreas.map(a => assessment.recommendations.find(r => r.id === a.id)).filter(Boolean);
    focus.forEach(r => shown.add(r.id));
    return h('section', { class: 'aim', 'aria-label': aim.name },
      h('h4', {}, aim.name, ' ', h('span', { class: 'badge', text: aim.status })),
      h('p', { class: 'label', text: 'Focus areas' }),
      h('ol', { class: 'items' }, focus.map(r => renderItem(r, byId.get(r.id)))),
      aim.keyDrivers.length ? h('details', { class: 'drivers' },
        h('summary', { text: 'Key drivers of ' + aim.name + ' (' + aim.keyDrivers.map(g => g.label).join(', ') + ')' }),
        aim.keyDrivers.map(g => h('div', {}, h('p', { class: 'label', text: g.label }),
          h('ul', {}, g.items.map(i => h('li', { text: i.area + ': ' + i.sentence })))))) : null);
  }

  function renderItem(r, d) {
    const moved = d && (d.outcomeChanged || d.withinBefore !== d.withinAfter);
    const because = r.summary.includes('Because:') ? r.summary.substring(r.summary.indexOf('Because:')) : r.summary;
    return h('li', { class: 'item' + (moved ? ' moved' : ''), id: 'item-' + r.id, 'data-item': r.id },
      h('div', { class: 'item-head' },
        h('span', { class: 'name', text: r.name }),
        r.within ? h('span', { class: 'within', text: 'within ' + r.within }) : null,
        r.change && r.change !== 'none' ? h('span', { class: 'badge', title: 'Against last year\'s agreement', text: CHANGE_LABELS[r.change] || r.change }) : null,
        h('span', { class: 'score', text: 'score ' + r.score.toFixed(2) }),
        moved ? h('span', { class: 'flag', text: 'Moved: was ' + (d.outcomeBefore || 'absent') + (d.withinBefore ? ' within ' + d.withinBefore : '') }) : null,
        !moved && d && d.rankBefore !== d.rankAfter && d.rankBefore ? h('span', { class: 'rank-change', text: 'rank ' + d.rankBefore + ' \u2192 ' + d.rankAfter }) : null),
      h('p', { class: 'because', text: because }),
      moved && d.summary ? h('p', { class: 'why-moved', text: d.summary }) : null,
      h('p', {}, h('button', { type: 'button', class: 'why-button', 'aria-controls': 'why',
        onclick: () => showWhy(r.id, r.name) }, 'Why / why not: ' + r.name)),
      h('details', { class: 'trail' },
        h('summary', { text: 'Full justification for ' + r.name }),
        h('ol', {}, r.justifications.map(renderStep))));
  }

  function renderStep(j) {
    return h('li', {},
      h('p', {}, h('strong', { text: '[' + j.ruleId + '] ' }), j.rule),
      h('p', { class: 'effect', text: j.driver + ' \u2192 ' + j.effect + (j.supportive ? '' : ' (does not support selection)') }),
      h('p', { text: j.sentence }),
      j.statute ? h('p', { class: 'meta', text: 'Statute: ' + j.statute }) : null,
      h('p', { class: 'meta', text: 'Rule file: ' + j.file }),
      j.evidence && j.evidence.length ? h('ul', { class: 'evidence' }, j.evidence.map(e => h('li', {
        text: e.summary + ' (source: ' + cite(e.source) + (e.period ? '; period ' + e.period : '') + (e.geography ? '; ' + e.geography : '') + ')'
      }))) : null);
  }

  // ---- why and why not ----

  // The item picked, as the scenario or variant stands (changes tried on the page are not part of it): the
  // conditions that failed and by how much, and the smallest change of input that would flip it.
  async function showWhy(id, name) {
    const panel = el('why');
    const body = el('why-body');
    panel.hidden = false;
    el('why-heading').textContent = 'Why / why not: ' + name;
    body.replaceChildren(h('p', { class: 'hint', text: 'Trying the changes that could move it\u2026' }));
    panel.focus();
    const asked = state.name + '|' + id;
    state.why = asked;
    const result = await api('GET', scenarioPath(state.name) + '/items/' + encodeURIComponent(id) + '/why');
    if (state.why !== asked) return; // another item was picked meanwhile: its answer is the one to show
    if (!result.ok) {
      if (result.status !== 401) showError(result.data || {});
      body.replaceChildren();
      return;
    }
    renderWhy(result.data);
  }

  function renderWhy(why) {
    const decided = why.decidedBy.map(r => '[' + r.ruleId + '] ' + r.rule).join('; ');
    const flips = why.flips;
    const flip = flips.smallest;
    el('why-body').replaceChildren(...[
      h('p', { class: 'meta', text: 'For ' + state.name + ' as it stands; changes tried on this page are not included.' }),
      h('p', {}, h('strong', { text: why.outcomeLabel }), ' (rank ' + why.rank + ' of ' + why.of + '), decided by ' + decided + '.'),
      why.whyNot ? h('div', {}, h('h4', { text: 'Why not selected' }),
        h('ul', { class: 'conditions' }, why.whyNot.map(route => h('li', {},
          '[' + route.ruleId + '] ' + route.rule, renderConditions(route.conditions.filter(c => !c.met)))))) : null,
      !why.whyNot && why.holdsBy.length ? h('div', {}, h('h4', { text: 'Why it holds' }),
        h('ul', { class: 'conditions' }, why.holdsBy.map(route => h('li', {},
          '[' + route.ruleId + '] ' + route.rule, renderConditions(route.conditions))))) : null,
      h('h4', { text: 'Smallest change that flips it' }),
      h('div', { class: 'why-flip', id: 'why-flip' },
        h('p', { text: flips.summary }),
        flip ? h('ul', {}, flip.lines.map(line => h('li', { text: line }))) : null,
        flip ? h('p', { class: 'meta', text: 'Size ' + flip.size + '; then decided by '
          + flip.decidedBy.map(r => '[' + r.ruleId + '] ' + r.rule).join('; ') + '.' }) : null),
      h('p', { class: 'meta', text: 'Tried ' + flips.tried + ' single changes' + (flips.pairsTried ? ' and '
        + flips.pairsTried + ' pairs' : '') + ' with the engine, smallest first.' })].filter(Boolean));
  }

  function renderConditions(conditions) {
    if (!conditions.length) return null;
    return h('ul', {}, conditions.map(c => h('li', { class: c.met ? 'met' : 'unmet' },
      (c.met ? 'Met: ' : 'Not met: ') + c.text + (c.ruleId ? ' [' + c.ruleId + ']' : ''),
      renderConditions(c.because || []))));
  }

  function cite(s) {
    if (!s) return 'no source';
    if (s.url) return s.document ? s.document + ' (' + s.url + ')' : s.url;
    return s.location ? s.document + ' ' + s.location : s.document;
  }

  function renderDiff(whatIf) {
    const box = el('diff');
    if (!whatIf || !whatIf.changes.length) { box.hidden = true; return; }
    el('changes-applied').replaceChildren(...whatIf.changes.map(c => h('li', { text: c })));
    const summary = whatIf.diff.summary.length ? whatIf.diff.summary : ['Nothing moved: every item keeps its outcome.'];
    el('moved-summary').replaceChildren(...summary.map(s => h('li', { text: s })));
    box.hidden = false;
  }

  // ---- saving a variant ----

  async function saveVariant(event) {
    event.preventDefault();
    const name = el('variant-name').value.trim();
    const description = el('variant-description').value.trim();
    const result = await api('POST', '/api/variants', {
      variantOf: state.baseline, name, description: description || undefined, changes: Array.from(state.changes.values())
    });
    if (!result.ok) { if (result.status !== 401) showError(result.data || {}); return; }
    clearError();
    const entry = result.data;
    const group = el('variant-options');
    let option = Array.from(group.children).find(o => o.value === entry.name);
    if (!option) {
      option = h('option', { value: entry.name });
      group.append(option);
    }
    option.textContent = entry.title + ' (variant of ' + entry.variantOf + ')';
    el('scenario').value = entry.name;
    state.name = entry.name;
    announce('Saved as the variant "' + entry.title + '". It is in the scenario list.');
  }

  // ---- what the audit panel (audit.js) records: the adopted baseline with the changes now tried ----

  window.csaPage = {
    baseline: () => state.baseline,
    changes: () => Array.from(state.changes.values())
  };

  // ---- start ----

  el('scenario').addEventListener('change', () => load(el('scenario').value));
  if (el('reset')) {
    el('reset').addEventListener('click', () => {
      state.changes = new Map();
      state.name = state.baseline;
      el('scenario').value = state.baseline;
      renderControls();
      update();
    });
  }
  if (el('save-variant')) el('save-variant').addEventListener('submit', saveVariant);
  if (el('scenario').value) load(el('scenario').value);
})();
