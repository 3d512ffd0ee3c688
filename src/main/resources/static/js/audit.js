// The page's audit panel: records the run the working group is looking at, records decisions against it,
// lists recent runs and verifies the chain. Talks to the same API as everyone else.
(function () {
  'use strict';

  const OUTCOMES = ['priority', 'cross-cutting-theme', 'focus-area', 'within-priority', 'review', 'watch-list', 'not-prioritised'];
  const { el, h, api, problems } = window.csaDom;
  let run = null; // the run recorded from this page: { runId, items: [{id, name, outcome}] }

  async function recordRun() {
    const status = el('run-status');
    status.classList.remove('alert');
    status.textContent = 'Recording...';
    const page = window.csaPage;
    const result = await api('POST', '/api/scenarios/' + encodeURIComponent(page.baseline()) + '/runs',
      { changes: page.changes() });
    if (!result.ok) { problems(status, result.data || {}); return; }
    const answer = result.data;
    run = { runId: answer.runId, items: answer.assessment.recommendations.map(r => ({ id: r.id, name: r.name, outcome: r.outcome })) };
    if (!answer.recorded) {
      problems(status, { message: 'The assessment answered but was NOT RECORDED: ' + answer.notRecordedReason });
      el('record-decision').hidden = true;
      return;
    }
    status.textContent = 'Recorded as ' + answer.runId + ' at ' + answer.recordedAt + ' by ' + answer.recordedBy
      + '. Record the decisions on its items below.';
    fillDecisionForm();
    await showDecisions();
    await listRuns();
  }

  function fillDecisionForm() {
    const items = el('decision-item');
    items.replaceChildren(...run.items.slice().sort((a, b) => a.name.localeCompare(b.name))
      .map(i => h('option', { value: i.id, text: i.name + ' (engine: ' + i.outcome + ')' })));
    const outcomes = el('decision-outcome');
    outcomes.replaceChildren(...OUTCOMES.map(o => h('option', { value: o, text: o })));
    const sync = () => {
      const item = run.items.find(i => i.id === items.value);
      if (item) outcomes.value = item.outcome;
    };
    items.onchange = sync;
    sync();
    if (!el('decision-date').value) el('decision-date').value = new Date().toISOString().substring(0, 10);
    el('record-decision').hidden = false;
  }

  async function recordDecision(event) {
    event.preventDefault();
    const status = el('run-status');
    status.classList.remove('alert');
    const body = {
      item: el('decision-item').value,
      adoptedOutcome: el('decision-outcome').value,
      rationale: el('decision-rationale').value.trim() || null,
      decidingBody: el('decision-body').value.trim(),
      decidedOn: el('decision-date').value
    };
    const result = await api('POST', '/api/runs/' + encodeURIComponent(run.runId) + '/decisions', body);
    if (!result.ok) { problems(status, result.data || {}); return; }
    const d = result.data;
    status.textContent = 'Recorded ' + d.decisionId + ': ' + d.itemName + ', ' + d.engineOutcome + ' \u2192 ' + d.adoptedOutcome
      + (d.engineOutcome === d.adoptedOutcome ? ' (as the engine recommended).' : ' (departs from the engine; rationale recorded).');
    el('decision-rationale').value = '';
    await showDecisions();
    await listRuns();
  }

  async function showDecisions() {
    const result = await api('GET', '/api/runs/' + encodeURIComponent(run.runId) + '/decisions');
    if (!result.ok) return;
    const rows = result.data;
    el('decisions').replaceChildren(rows.length ? h('table', { class: 'decisions-table', id: 'decisions-table' },
      h('caption', { text: 'Decisions recorded against ' + run.runId }),
      h('thead', {}, h('tr', {}, ['Item', 'Engine', 'Adopted', 'Body', 'Date', 'Rationale'].map(t => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, rows.map(d => h('tr', { class: d.engineOutcome === d.adoptedOutcome ? '' : 'departs' },
        h('td', { text: d.itemName }), h('td', { text: d.engineOutcome }),
        h('td', {}, d.adoptedOutcome, d.engineOutcome === d.adoptedOutcome ? '' : h('span', { class: 'flag', text: ' departs' })),
        h('td', { text: d.decidingBody }), h('td', { text: d.decidedOn }), h('td', { text: d.rationale || '' }))))) : '');
  }

  async function listRuns() {
    const result = await api('GET', '/api/runs?limit=10');
    const box = el('runs');
    if (!result.ok) { problems(box, result.data || {}); return; }
    box.classList.remove('alert');
    const runs = result.data;
    box.replaceChildren(runs.length ? h('table', { class: 'runs-table', id: 'runs-table' },
      h('thead', {}, h('tr', {}, ['Run', 'Recorded (UTC)', 'By', 'Scenario', 'Decisions', 'Report'].map(t => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, runs.map(r => h('tr', { 'data-run': r.runId },
        h('td', { text: r.runId }), h('td', { text: r.recordedAt.replace('T', ' ').replace('Z', '') }), h('td', { text: r.recordedBy }),
        h('td', { text: r.scenarioName + (r.whatIf ? ' with what-if changes' : '') }), h('td', { text: String(r.decisions) }),
        h('td', {}, h('a', { href: '/api/runs/' + encodeURIComponent(r.runId) + '/report', target: '_blank', rel: 'noopener',
          text: 'HTML' }), ' ', h('a', { href: '/api/runs/' + encodeURIComponent(r.runId) + '/report?format=md', text: 'Markdown' }))))))
      : h('p', { class: 'hint', text: 'No runs recorded yet.' }));
  }

  async function verify() {
    const status = el('verify-status');
    status.classList.remove('alert');
    status.textContent = 'Checking...';
    const result = await api('GET', '/api/audit/verify');
    if (!result.ok) { problems(status, result.data || {}); return; }
    const v = result.data;
    if (v.problems.length) {
      problems(status, { message: 'BROKEN: ' + v.problems[0].message, problems: [] });
    } else {
      status.textContent = 'Intact: ' + v.recordsChecked + ' records checked, chain unbroken.';
    }
  }

  if (el('record-run')) el('record-run').addEventListener('click', recordRun);
  if (el('record-decision')) el('record-decision').addEventListener('submit', recordDecision);
  el('verify-chain').addEventListener('click', verify);
  // a run recorded elsewhere on the page, such as with its robustness figures
  document.addEventListener('csa:run-recorded', listRuns);
  listRuns();
})();
