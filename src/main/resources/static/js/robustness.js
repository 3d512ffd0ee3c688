// The page's robustness panel: starts an analysis of the recommendation as the page shows it (the adopted
// baseline with the changes now tried), follows its progress and draws what it found.
(function () {
  'use strict';

  const { el, h, api, problems } = window.csaDom;
  if (!el('robustness')) return;

  const POLL_MS = 400;
  // the run reports' colours, so an outcome looks the same everywhere
  const OUTCOMES = [
    ['priority', '#0b4f8a'], ['cross-cutting-theme', '#2a9d8f'], ['focus-area', '#1f78b4'], ['within-priority', '#8e7cc3'],
    ['review', '#e76f51'], ['watch-list', '#e9a23b'], ['not-prioritised', '#9aa3ad']
  ];

  let job = null;       // the job being followed: its id and what it was asked
  let result = null;    // the last result drawn
  let selected = null;  // the item whose tornado is shown
  let charts = null;    // a promise of ECharts, loaded on first use: most visits never draw a chart

  const percent = (v) => (v * 100).toFixed(v > 0 && v < 0.01 ? 1 : 0) + '%';
  const number = (v) => v.toLocaleString('en-GB');

  function status(text) {
    const box = el('robustness-status');
    box.classList.remove('alert');
    box.textContent = text;
  }

  function running(on) {
    el('robustness-run').disabled = on;
    el('robustness-cancel').disabled = !on;
  }

  function progress(view) {
    el('robustness-progress-line').hidden = false;
    el('robustness-progress').max = view.total;
    el('robustness-progress').value = view.done;
    el('robustness-progress-text').textContent = number(view.done) + ' of ' + number(view.total) + ' samples';
  }

  async function start(event) {
    event.preventDefault();
    if (job) return;
    const page = window.csaPage;
    const vary = Array.from(el('robustness-form').querySelectorAll('fieldset input:checked')).map(box => box.value);
    const body = {
      samples: Number(el('robustness-samples').value), seed: Number(el('robustness-seed').value), vary,
      changes: page.changes(), record: el('robustness-record').checked
    };
    // an empty seed box would read as seed 0: ask for one rather than run another seed than the one meant
    if (!/^-?\d+$/.test(el('robustness-seed').value.trim())) {
      problems(el('robustness-status'), { message: 'Give a whole number as the seed, or press New seed.' });
      return;
    }
    // an empty list would vary everything: say so rather than surprise
    if (!vary.length) { problems(el('robustness-status'), { message: 'Tick at least one kind of input to let vary.' }); return; }
    status('Starting\u2026');
    running(true);
    const answer = await api('POST', '/api/scenarios/' + encodeURIComponent(page.baseline()) + '/robustness', body);
    if (!answer.ok) {
      running(false);
      problems(el('robustness-status'), answer.data || {});
      return;
    }
    job = { id: answer.data.id, changes: body.changes.length, scenario: page.baseline() };
    status('Running ' + number(body.samples) + ' samples of ' + job.scenario
      + (job.changes ? ' with ' + job.changes + ' change' + (job.changes === 1 ? '' : 's') + ' tried' : '') + '\u2026');
    follow(answer.data);
  }

  async function follow(view) {
    progress(view);
    if (view.status === 'running') {
      setTimeout(async () => {
        if (!job || job.id !== view.id) return;
        const next = await api('GET', '/api/robustness/' + encodeURIComponent(view.id));
        if (!next.ok) { finish(); problems(el('robustness-status'), next.data || {}); return; }
        follow(next.data);
      }, POLL_MS);
      return;
    }
    finish();
    if (view.status === 'done') {
      status('Done: ' + number(view.total) + ' samples of ' + view.scenario + ', seed ' + view.seed + '.');
      recorded(view);
      await draw(view);
    } else if (view.status === 'cancelled') {
      status('Cancelled after ' + number(view.done) + ' of ' + number(view.total) + ' samples.');
    } else {
      problems(el('robustness-status'), { message: 'The analysis failed: ' + (view.error || 'no reason given') });
    }
  }

  function finish() {
    job = null;
    running(false);
  }

  function recorded(view) {
    if (!view.record) return;
    const line = el('robustness-status');
    if (view.run) {
      line.append(' Recorded as ' + view.run + ' with its robustness figures.');
      document.dispatchEvent(new CustomEvent('csa:run-recorded', { detail: view.run }));
    } else {
      problems(line, { message: 'The analysis answered but was NOT RECORDED: ' + (view.notRecordedReason || 'no reason given') });
    }
  }

  async function cancel() {
    if (!job) return;
    const answer = await api('DELETE', '/api/robustness/' + encodeURIComponent(job.id));
    if (!answer.ok) { problems(el('robustness-status'), answer.data || {}); return; }
    follow(answer.data);
  }

  function newSeed() {
    el('robustness-seed').value = 1 + Math.floor(Math.random() * 2147483646);
  }

  // ---- drawing ----

  function echartsLoaded() {
    if (window.echarts) return Promise.resolve(window.echarts);
    if (!charts) {
      charts = new Promise((resolve, reject) => {
        document.head.append(h('script', { src: '/webjars/echarts/echarts.min.js',
          onload: () => resolve(window.echarts), onerror: () => reject(new Error('the chart library could not be loaded')) }));
      });
    }
    return charts;
  }

  async function draw(view) {
    result = view.result;
    const items = result.items.slice().sort((a, b) => a.baselineRank - b.baselineRank);
    selected = items.length ? items[0].id : null;
    el('robustness-result').hidden = false;
    summary(view, items);
    table(items);
    let echarts;
    try {
      echarts = await echartsLoaded();
    } catch (e) {
      problems(el('robustness-status'), { message: 'The figures are in the table, but ' + e.message + '.' });
      return;
    }
    outcomeChart(echarts, items);
    rankChart(echarts, items);
    tauChart(echarts, result.kendallTau);
    tornadoChart(echarts);
  }

  function summary(view, items) {
    const counts = { stable: 0, contested: 0, fragile: 0 };
    items.forEach(i => counts[i.label]++);
    el('robustness-summary').replaceChildren(
      h('p', {}, h('strong', { text: counts.stable + ' stable, ' + counts.contested + ' contested, ' + counts.fragile + ' fragile. ' }),
        percent(result.samplesMatchingBaseline / result.samples) + ' of samples give exactly the stated recommendation.'),
      h('details', {}, h('summary', { text: 'What varied (' + result.inputs.length + ' inputs: ' + result.varied.join(', ')
        + ') and what was held fixed' }),
        h('ul', {}, result.inputs.map(i => h('li', { text: i.input + ': stated ' + i.stated + ', drawn ' + i.drawn }))),
        result.heldFixed.length ? h('p', { text: 'Held fixed: ' + result.heldFixed.join('; ') + '.' }) : null));
    el('robustness-table-caption').textContent = 'Stable: at least ' + percent(result.labels.stable)
      + ' of samples keep the stated outcome; fragile: fewer than ' + percent(result.labels.fragile)
      + '; contested: between. ' + number(view.total) + ' samples, seed ' + view.seed + '.';
  }

  function table(items) {
    el('robustness-table').tBodies[0].replaceChildren(...items.map(i => h('tr', { 'data-item': i.id, class: i.id === selected ? 'selected' : null },
      h('td', {}, h('button', { type: 'button', text: i.name, title: 'Show the tornado for ' + i.name, onclick: () => select(i.id) })),
      h('td', { text: i.baselineOutcome }),
      h('td', { class: 'share', text: percent(i.baselineShare) }),
      h('td', {}, h('span', { class: 'badge label-' + i.label, text: i.label })))));
  }

  function select(id) {
    selected = id;
    Array.from(el('robustness-table').tBodies[0].rows).forEach(row => row.classList.toggle('selected', row.dataset.item === id));
    if (window.echarts) tornadoChart(window.echarts);
  }

  function chartIn(echarts, id) {
    const dom = el(id);
    const old = echarts.getInstanceByDom(dom);
    if (old) old.dispose();
    return echarts.init(dom, null, { renderer: 'canvas' });
  }

  // a click on an item's bar, cell or name picks it for the tornado
  function clickable(chart, items) {
    chart.on('click', p => {
      const name = p.componentType === 'yAxis' ? p.value : p.name;
      const item = items.find(i => i.name === name) || items[p.dataIndex];
      if (item) select(item.id);
    });
  }

  function outcomeChart(echarts, items) {
    const chart = chartIn(echarts, 'robustness-outcomes');
    const present = OUTCOMES.filter(([o]) => items.some(i => i.outcomes.some(s => s.outcome === o)));
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 10, right: 20, top: 56, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => v.toFixed(1) + '%' },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, triggerEvent: true, data: items.map(i => i.name),
        axisLabel: { width: 240, overflow: 'truncate' } },
      series: present.map(([outcome, colour]) => ({
        name: outcome, type: 'bar', stack: 'share', itemStyle: { color: colour },
        data: items.map(i => {
          const share = i.outcomes.find(s => s.outcome === outcome);
          return share ? +(share.share * 100).toFixed(2) : 0;
        })
      }))
    });
    clickable(chart, items);
  }

  function rankChart(echarts, items) {
    const chart = chartIn(echarts, 'robustness-ranks');
    const ranks = items.length ? items[0].rankAcceptability.length : 0;
    const cells = [];
    items.forEach((item, y) => item.rankAcceptability.forEach((share, x) => cells.push([x, y, share])));
    chart.setOption({
      animation: false,
      grid: { left: 10, right: 20, top: 10, bottom: 70, containLabel: true },
      tooltip: { formatter: p => items[p.value[1]].name + ' at rank ' + (p.value[0] + 1) + ': ' + percent(p.value[2]) + ' of samples' },
      xAxis: { type: 'category', name: 'rank', nameLocation: 'middle', nameGap: 24,
        data: Array.from({ length: ranks }, (_, r) => String(r + 1)), splitArea: { show: false } },
      yAxis: { type: 'category', inverse: true, triggerEvent: true, data: items.map(i => i.name),
        axisLabel: { width: 240, overflow: 'truncate' } },
      visualMap: { min: 0, max: 1, dimension: 2, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 200,
        text: ['every sample', 'none'], inRange: { color: ['#f4f7fb', '#9ecae1', '#08306b'] } },
      series: [{ type: 'heatmap', data: cells, itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: { show: ranks <= 20, fontSize: 10, formatter: p => p.value[2] >= 0.01 ? Math.round(p.value[2] * 100) : '' } }]
    });
    clickable(chart, items);
  }

  function tauChart(echarts, tau) {
    // from the lowest bar any sample reached: a chart of empty bars down to -1 says nothing
    const first = Math.max(0, tau.histogram.findIndex(b => b.share > 0));
    const bins = tau.histogram.slice(first);
    el('robustness-tau-caption').textContent = 'Kendall\u2019s \u03c4 between each sample\u2019s ranking and the stated one: mean '
      + tau.mean.toFixed(3) + ', median ' + tau.median.toFixed(3) + ' (5th to 95th percentile ' + tau.p05.toFixed(3) + ' to '
      + tau.p95.toFixed(3) + '); ' + percent(tau.shareIdentical) + ' of samples rank every item as stated.';
    const chart = chartIn(echarts, 'robustness-tau');
    chart.setOption({
      animation: false,
      grid: { left: 10, right: 20, top: 20, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: v => v.toFixed(1) + '% of samples' },
      xAxis: { type: 'category', name: '\u03c4', data: bins.map(b => b.from.toFixed(1) + '\u2013' + b.to.toFixed(1)) },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', barCategoryGap: '5%', itemStyle: { color: '#1d4f91' },
        data: bins.map(b => +(b.share * 100).toFixed(2)) }]
    });
  }

  // One input at a time at each end of its range. Bars: places the item moves (up is +), which is what the
  // analysis sorts the inputs by; diamonds: its score change, for inputs that move the score but not the rank.
  // An input whose end changes the item's outcome is marked.
  function tornadoChart(echarts) {
    const item = result.items.find(i => i.id === selected);
    const tornado = item && result.tornado.find(t => t.item === item.id);
    const chart = chartIn(echarts, 'robustness-tornado');
    if (!item || !tornado || !tornado.bars.length) {
      el('robustness-tornado-caption').textContent = 'Tornado' + (item ? ' for ' + item.name : '')
        + ': no single input moves it; only inputs varying together do.';
      return;
    }
    el('robustness-tornado-caption').textContent = 'Tornado for ' + item.name + ' (stated: ' + item.baselineOutcome + ', rank '
      + item.baselineRank + ', score ' + item.baselineScore.toFixed(3) + '): each input alone at the low and high end of its '
      + 'range; \u25cf marks an input that changes the outcome.';
    const bars = tornado.bars;
    const places = (shift) => item.baselineRank - shift.rank;
    const score = (shift) => +(shift.score - item.baselineScore).toFixed(4);
    const ends = (pick) => bars.map(b => ({ bar: b, shift: pick(b).shift, label: pick(b).label }));
    const low = ends(b => ({ shift: b.low, label: b.lowLabel }));
    const high = ends(b => ({ shift: b.high, label: b.highLabel }));
    // both axes symmetric about zero, so their zeros meet
    const placeSpan = Math.max(1, ...bars.flatMap(b => [Math.abs(places(b.low)), Math.abs(places(b.high))]));
    const scoreSpan = Math.max(0.001, ...bars.flatMap(b => [Math.abs(score(b.low)), Math.abs(score(b.high))])) * 1.1;
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 10, right: 30, top: 60, bottom: 40, containLabel: true },
      tooltip: { formatter: p => p.data.bar.input + ' at ' + p.data.label + ': ' + p.data.shift.outcome + ', rank '
        + p.data.shift.rank + ', score ' + p.data.shift.score.toFixed(3) },
      xAxis: [
        { type: 'value', min: -placeSpan, max: placeSpan, minInterval: 1, name: 'places moved (up +, down \u2212)',
          nameLocation: 'middle', nameGap: 24 },
        { type: 'value', min: -scoreSpan, max: scoreSpan, position: 'top', name: 'score change', nameLocation: 'middle',
          nameGap: 24, splitLine: { show: false }, axisLabel: { formatter: v => v.toFixed(3) } }
      ],
      yAxis: { type: 'category', inverse: true, data: bars.map(b => (b.outcomeChanges ? '\u25cf ' : '') + b.input),
        axisLabel: { width: 260, overflow: 'truncate' } },
      series: [
        { name: 'low end: places', type: 'bar', barGap: '-100%', barWidth: '50%', itemStyle: { color: '#e9a23b', opacity: 0.85 },
          data: low.map(e => ({ ...e, value: places(e.shift) })) },
        { name: 'high end: places', type: 'bar', barWidth: '50%', itemStyle: { color: '#0b4f8a', opacity: 0.85 },
          data: high.map(e => ({ ...e, value: places(e.shift) })) },
        { name: 'low end: score', type: 'scatter', xAxisIndex: 1, symbol: 'diamond', symbolSize: 12,
          itemStyle: { color: '#b36b00', borderColor: '#ffffff' }, data: low.map((e, i) => ({ ...e, value: [score(e.shift), i] })) },
        { name: 'high end: score', type: 'scatter', xAxisIndex: 1, symbol: 'diamond', symbolSize: 12,
          itemStyle: { color: '#062a4a', borderColor: '#ffffff' }, data: high.map((e, i) => ({ ...e, value: [score(e.shift), i] })) }
      ]
    });
  }

  el('robustness-form').addEventListener('submit', start);
  el('robustness-cancel').addEventListener('click', cancel);
  el('robustness-new-seed').addEventListener('click', newSeed);
  window.addEventListener('resize', () => ['robustness-outcomes', 'robustness-ranks', 'robustness-tau', 'robustness-tornado']
    .forEach(id => { const c = window.echarts && window.echarts.getInstanceByDom(el(id)); if (c) c.resize(); }));
})();
