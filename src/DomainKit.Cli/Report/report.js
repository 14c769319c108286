(() => {
  'use strict';

  // Every corpus string reaches the page through textContent, a text node or a plain data attribute, never
  // through innerHTML or a URL: the corpus is data, whatever it says.
  const data = JSON.parse(document.getElementById('dk-data').textContent);
  const actors = data.actors;
  const documents = data.documents;
  const records = data.records;
  const recordById = new Map(records.map((record) => [record.id, record]));
  const actorById = new Map(actors.map((actor, index) => [actor.id, index]));
  const documentById = new Map(documents.map((doc, index) => [doc.id, index]));
  const relations = data.relations.map((relation) => ({
    kind: relation.kind,
    fromId: relation.from,
    toId: relation.to,
    from: recordById.get(relation.from),
    to: recordById.get(relation.to),
  }));

  const DAY_MS = 86400000;
  // Every size on the timeline is set here, not measured, so drawing thousands of lanes never waits for layout
  // and the relation curves can be placed by arithmetic.
  const MARK_HEIGHT = 12;
  const ROW_HEIGHT = 16;
  const MIN_MARK_WIDTH = 8;
  const AXIS_HEIGHT = 27;
  const LANE_PADDING = 4;
  const MIN_LANE_HEIGHT = 22;
  const UNDATED_STEP = 18;
  // Lanes further down than this are drawn as the timeline scrolls towards them, so a corpus with thousands of
  // lanes opens as fast as a small one.
  const EAGER_PIXELS = 3000;
  const AHEAD_PIXELS = 1500;
  const GRAPH_NODES = 30;
  const RELATIONS_LISTED = 100;
  const STATEMENT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#6b8e23', '#8c6bb1', '#d4a017', '#3b9ab2', '#bab0ac'];
  const BORDER_COLOURS = ['#1b7837', '#762a83', '#d6604d', '#2166ac', '#8c510a', '#01665e', '#c51b7d', '#5aae61', '#4d4d4d', '#b2182b', '#35978f'];

  const colourOf = new Map();
  for (const [type, palette] of [['statement', STATEMENT_COLOURS], ['border', BORDER_COLOURS]]) {
    const kinds = [...new Set(records.filter((r) => r.type === type).map((r) => r.kind))].sort();
    kinds.forEach((kind, i) => colourOf.set(type + ':' + kind, palette[i % palette.length]));
  }

  const $ = (id) => document.getElementById(id);

  /** Creates an element; `text` becomes its text content, other keys plain attributes. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'text') node.textContent = value;
      else if (name === 'class') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    return node;
  }

  const actorName = (index) => actors[index].name;
  const typeLabel = (record) => (record.type === 'statement' ? 'Statement' : 'Border event');
  const dateText = (record) => (record.date ? record.date.text : 'undated');
  const isoDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

  function dayOf(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return match ? Date.UTC(+match[1], +match[2] - 1, +match[3]) / DAY_MS : null;
  }

  function who(record) {
    if (record.type === 'statement') {
      const to = (record.addressees || []).map(actorName);
      return actorName(record.speaker) + (to.length ? ' \u2192 ' + to.join(', ') : '');
    }
    return (record.agents || []).map(actorName).join(', ');
  }

  function summary(record) {
    return [typeLabel(record), record.kind, dateText(record), who(record), record.border].filter(Boolean).join(' \u00b7 ');
  }

  // ---- State, kept in the URL fragment so a view can be shared ----

  const FILTERS = ['actor', 'kind', 'border', 'doc', 'from', 'to'];

  function readState() {
    const params = new URLSearchParams(location.hash.slice(1));
    const state = { lanes: params.get('lanes') === 'border' ? 'border' : 'actor', record: params.get('record') || '' };
    for (const name of FILTERS) state[name] = params.get(name) || '';
    return state;
  }

  function writeState(state) {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (state[name]) params.set(name, state[name]);
    if (state.lanes === 'border') params.set('lanes', 'border');
    if (state.record) params.set('record', state.record);
    const hash = params.toString();
    if (hash !== location.hash.slice(1)) location.hash = hash;
  }

  function update(changes) {
    writeState(Object.assign(readState(), changes));
  }

  function matches(record, state) {
    if (state.actor) {
      const actor = actorById.get(state.actor);
      const involved = record.speaker === actor || (record.addressees || []).includes(actor) || (record.agents || []).includes(actor);
      if (!involved) return false;
    }
    if (state.kind && record.type + ':' + record.kind !== state.kind) return false;
    if (state.border && record.border !== state.border) return false;
    if (state.doc) {
      const doc = documentById.get(state.doc);
      if (!record.attestations.some((attestation) => attestation.document === doc)) return false;
    }
    const from = dayOf(state.from);
    const to = dayOf(state.to);
    if (from !== null || to !== null) {
      if (!record.date) return false;
      if (from !== null && record.date.end < from) return false;
      if (to !== null && record.date.start > to) return false;
    }
    return true;
  }

  // ---- Page frame ----

  /**
   * A select whose options are made the first time it is used: thousands of options cost a large corpus's
   * page seconds to build and lay out. Until then it holds the choice in the URL, if any.
   */
  function lazySelect(id, allLabel, options) {
    const select = el('select', { id }, el('option', { value: '', text: allLabel }));
    let filled = false;
    const fill = () => {
      if (filled) return;
      filled = true;
      const value = select.value;
      select.replaceChildren(el('option', { value: '', text: allLabel }), ...options().map(([optionValue, text]) => el('option', { value: optionValue, text })));
      select.value = value;
    };
    select.addEventListener('focus', fill);
    select.addEventListener('pointerdown', fill);
    select.choose = (value) => {
      if (value && !filled) {
        const known = options().find(([optionValue]) => optionValue === value);
        if (known) select.replaceChildren(el('option', { value: '', text: allLabel }), el('option', { value, text: known[1] }));
      }
      select.value = value;
    };
    return select;
  }

  function buildFrame() {
    const statementCount = records.filter((r) => r.type === 'statement').length;
    const header = el('header', {},
      el('a', { class: 'skip', href: '#evidence', text: 'Skip to the evidence' }),
      el('h1', { text: 'DomainKit report: ' + data.name }),
      el('p', {
        class: 'counts',
        text: `${documents.length} documents \u00b7 ${actors.length} actors \u00b7 ${statementCount} statements \u00b7 ${records.length - statementCount} border events \u00b7 ${relations.length} relations`,
      }));

    const involved = new Map();
    const count = (index) => involved.set(index, (involved.get(index) || 0) + 1);
    for (const record of records) {
      if (record.type === 'statement') count(record.speaker);
      for (const index of [...(record.addressees || []), ...(record.agents || [])]) count(index);
    }
    const actorSelect = lazySelect('f-actor', 'All actors', () => [...involved.keys()]
      .sort((a, b) => actorName(a).localeCompare(actorName(b)))
      .map((index) => [actors[index].id, `${actorName(index)} (${involved.get(index)})`]));

    const kindGroup = (type, label) => el('optgroup', { label },
      ...[...colourOf.keys()].filter((key) => key.startsWith(type + ':'))
        .map((key) => el('option', { value: key, text: key.slice(type.length + 1) })));
    const kindSelect = el('select', { id: 'f-kind' }, el('option', { value: '', text: 'All kinds' }),
      kindGroup('statement', 'Statements'), kindGroup('border', 'Border events'));

    const borders = [...new Set(records.map((r) => r.border).filter(Boolean))].sort();
    const borderSelect = el('select', { id: 'f-border' }, el('option', { value: '', text: 'All borders' }),
      ...borders.map((border) => el('option', { value: border, text: border })));

    const docSelect = lazySelect('f-doc', 'All documents',
      () => documents.map((doc) => [doc.id, (doc.published ? doc.published + ' \u00b7 ' : '') + doc.title]));

    const laneSelect = el('select', { id: 'f-lanes' },
      el('option', { value: 'actor', text: 'One lane per actor' }),
      el('option', { value: 'border', text: 'One lane per border' }));

    const field = (label, control) => el('label', {}, label, control);
    const filters = el('form', { id: 'filters', 'aria-label': 'Filters' },
      field('Actor', actorSelect), field('Kind', kindSelect), field('Border', borderSelect), field('Document', docSelect),
      field('From', el('input', { id: 'f-from', type: 'date' })), field('To', el('input', { id: 'f-to', type: 'date' })),
      field('Timeline', laneSelect), el('button', { type: 'reset', id: 'f-reset', text: 'Clear filters' }));
    filters.addEventListener('submit', (event) => event.preventDefault());
    filters.addEventListener('change', (event) => {
      const name = event.target.id.slice(2);
      update({ [name]: event.target.value });
    });
    filters.addEventListener('reset', (event) => {
      event.preventDefault();
      const state = readState();
      writeState({ lanes: state.lanes, record: state.record });
    });

    const legend = el('div', { class: 'legend', 'aria-label': 'Colours by kind' },
      ...[...colourOf.entries()].map(([key, colour]) => {
        const [type, kind] = key.split(':');
        const swatch = el('span', { class: type === 'border' ? 'border-kind' : 'statement-kind', text: (type === 'border' ? 'border: ' : '') + kind });
        swatch.style.setProperty('--swatch', colour);
        return swatch;
      }),
      el('span', { class: 'statement-kind', text: 'striped: a month, year or range' }));

    const main = el('main', {},
      el('section', { class: 'panel', id: 'timeline-panel', 'aria-labelledby': 'timeline-title' },
        el('h2', { id: 'timeline-title', text: 'Timeline' }), legend,
        el('div', { id: 'timeline', role: 'region', 'aria-label': 'Timeline of statements and border events' })),
      el('section', { class: 'panel', id: 'graph-panel', 'aria-labelledby': 'graph-title' },
        el('h2', { id: 'graph-title', text: 'Who said what to whom' }),
        el('div', { id: 'graph-box' })),
      el('section', { class: 'panel', id: 'evidence', tabindex: '-1', 'aria-labelledby': 'evidence-title' },
        el('h2', { id: 'evidence-title', text: 'Evidence' }),
        el('div', { id: 'evidence-body' })));

    document.body.append(header, filters, el('p', { id: 'status', role: 'status' }), main,
      el('div', { id: 'card', hidden: true, role: 'tooltip' }));

    const timeline = $('timeline');
    const markOf = (event) => event.target.closest && event.target.closest('.mark');
    timeline.addEventListener('mouseover', (event) => { const mark = markOf(event); if (mark) showCard(mark); });
    timeline.addEventListener('focusin', (event) => { const mark = markOf(event); if (mark) showCard(mark); });
    timeline.addEventListener('mouseout', () => hideCard());
    timeline.addEventListener('focusout', () => hideCard());
    timeline.addEventListener('click', (event) => { const mark = markOf(event); if (mark) openRecord(mark.dataset.id); });
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape') hideCard(); });
  }

  function openRecord(id) {
    update({ record: id });
    $('evidence').focus({ preventScroll: true });
    $('evidence').scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  // ---- Timeline ----

  function laneKeys(record, mode) {
    if (mode === 'border') {
      if (record.type === 'statement') return [['~statements', 'Statements (no border)']];
      return record.border ? [['b:' + record.border, record.border]] : [['~none', 'No border stated']];
    }
    if (record.type === 'statement') return [['a:' + record.speaker, actorName(record.speaker)]];
    const agents = record.agents || [];
    return agents.length ? agents.map((index) => ['a:' + index, actorName(index)]) : [['~none', 'No agent stated']];
  }

  function makeMark([record, left, top, width], chosen) {
    const partial = record.date && record.date.precision !== 'Day';
    const mark = document.createElement('button');
    mark.type = 'button';
    mark.className = 'mark ' + record.type + (partial ? ' partial' : '') + (record.id === chosen ? ' selected' : '');
    mark.dataset.id = record.id;
    mark.dataset.type = record.type;
    mark.setAttribute('aria-label', summary(record));
    mark.style.cssText = `left:${left}px;top:${top}px;width:${width}px`;
    mark.style.setProperty('--swatch', colourOf.get(record.type + ':' + record.kind));
    return mark;
  }

  function laneElement(lane, width, state) {
    const track = el('div', { class: 'track' });
    track.style.width = width + 'px';
    track.append(...lane.marks.map((mark) => makeMark(mark, state.record)));
    const element = el('div', { class: 'lane' }, el('div', { class: 'lane-label', title: lane.label, text: lane.label + ' (' + lane.marks.length + ')' }), track);
    element.style.top = lane.top - AXIS_HEIGHT + 'px';
    element.style.height = lane.height + 'px';
    return element;
  }

  function renderTimeline(visible, state) {
    const box = $('timeline');
    box.replaceChildren();
    const dated = visible.filter((r) => r.date);
    const undated = visible.filter((r) => !r.date);
    box.dataset.records = String(visible.length);

    let first = Infinity;
    let last = -Infinity;
    for (const record of dated) {
      first = Math.min(first, record.date.start);
      last = Math.max(last, record.date.end);
    }

    // The axis runs from the first of the first month to the end of the last month, or over the chosen dates
    // (a zoom): a record that runs past them is cut at the edge.
    const from = dayOf(state.from);
    const to = dayOf(state.to);
    if (from !== null) first = Math.max(first, from);
    if (to !== null) last = Math.min(last, to);
    const firstDay = dated.length ? new Date(first * DAY_MS) : null;
    const start = dated.length ? (from !== null ? from : Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth(), 1) / DAY_MS) : 0;
    const lastDay = dated.length ? new Date(last * DAY_MS) : null;
    const end = dated.length ? (to !== null ? to + 1 : Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + 1, 1) / DAY_MS) : 1;
    const labelWidth = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--label-width')) * 16 || 208;
    const available = Math.max(box.clientWidth - labelWidth - 4, 240);
    const perDay = Math.max(available / (end - start), 1.2);
    const width = Math.max(Math.ceil((end - start) * perDay), 240);

    const axis = el('div', { class: 'axis' }, el('div', { class: 'lane-label', text: dated.length ? 'Lane' : 'No dated record' }));
    axis.style.height = AXIS_HEIGHT + 'px';
    const axisTrack = el('div', { class: 'track' });
    axisTrack.style.width = width + 'px';
    const monthStep = Math.max(1, Math.ceil(64 / (30.4 * perDay)));
    const startDay = new Date(start * DAY_MS);
    for (let month = new Date(Date.UTC(startDay.getUTCFullYear(), startDay.getUTCMonth() + (startDay.getUTCDate() > 1 ? 1 : 0), 1)); dated.length && month.getTime() / DAY_MS < end;
      month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + monthStep, 1))) {
      const day = month.getTime() / DAY_MS;
      const tick = el('div', { class: 'tick', text: isoDay(day).slice(0, monthStep >= 12 ? 4 : 7) });
      tick.style.left = (day - start) * perDay + 'px';
      axisTrack.append(tick);
    }
    axis.append(axisTrack);
    box.append(axis);

    const lanes = new Map();
    for (const record of dated) {
      for (const [key, label] of laneKeys(record, state.lanes)) {
        if (!lanes.has(key)) lanes.set(key, { label, records: [] });
        lanes.get(key).records.push(record);
      }
    }

    // Where the first mark of each record sits, for the relation curves.
    const centres = new Map();
    const place = (record, x, y) => { if (!centres.has(record.id)) centres.set(record.id, [labelWidth + x, y]); };
    let top = AXIS_HEIGHT;
    const rows = [...lanes.values()].sort((a, b) => b.records.length - a.records.length || a.label.localeCompare(b.label));
    const laid = [];
    for (const lane of rows) {
      const marks = [];
      // Marks that would overlap go on the next free row of the lane.
      const rowEnds = [];
      lane.records.sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end);
      for (const record of lane.records) {
        const shownStart = Math.max(record.date.start, start);
        const shownEnd = Math.min(record.date.end + 1, end);
        const left = Math.min((shownStart - start) * perDay, width - MIN_MARK_WIDTH);
        const markWidth = Math.max(MIN_MARK_WIDTH, (shownEnd - shownStart) * perDay);
        let row = rowEnds.findIndex((rowEnd) => rowEnd <= left);
        if (row < 0) row = rowEnds.push(0) - 1;
        rowEnds[row] = left + markWidth + 2;
        const markTop = LANE_PADDING + row * ROW_HEIGHT;
        marks.push([record, left, markTop, markWidth]);
        place(record, left + markWidth / 2, top + markTop + MARK_HEIGHT / 2);
      }
      const height = Math.max(MIN_LANE_HEIGHT, rowEnds.length * ROW_HEIGHT + 2 * LANE_PADDING - (ROW_HEIGHT - MARK_HEIGHT));
      laid.push({ label: lane.label, marks, top, height });
      top += height;
    }

    if (undated.length) {
      const perRow = Math.max(1, Math.floor((width - 2 * LANE_PADDING) / UNDATED_STEP));
      const marks = undated.map((record, i) => {
        const left = LANE_PADDING + (i % perRow) * UNDATED_STEP;
        const markTop = LANE_PADDING + Math.floor(i / perRow) * UNDATED_STEP;
        place(record, left + (UNDATED_STEP - 4) / 2, top + markTop + MARK_HEIGHT / 2);
        return [record, left, markTop, UNDATED_STEP - 4];
      });
      const height = Math.ceil(undated.length / perRow) * UNDATED_STEP + 2 * LANE_PADDING;
      laid.push({ label: 'Undated', marks, top, height });
      top += height;
    }

    const lanesBox = el('div', { class: 'lanes' });
    lanesBox.style.cssText = `width:${labelWidth + width}px;height:${top - AXIS_HEIGHT}px`;
    box.append(lanesBox);
    let drawn = 0;
    const drawUpTo = (bottom) => {
      const fragment = document.createDocumentFragment();
      for (; drawn < laid.length && laid[drawn].top < bottom; drawn++) fragment.append(laneElement(laid[drawn], width, state));
      lanesBox.append(fragment);
    };
    drawUpTo(EAGER_PIXELS);
    box.onscroll = () => drawUpTo(box.scrollTop + box.clientHeight + AHEAD_PIXELS);

    drawRelationLinks(box, centres, labelWidth + width, top, state.record);
  }

  /** Draws each relation whose two records are on the timeline as a curve between their marks; the chosen record's stand out. */
  function drawRelationLinks(box, centres, width, height, chosen) {
    const layer = svg('svg', { id: 'links', width, height, 'aria-hidden': 'true' });
    for (const relation of relations) {
      const from = centres.get(relation.fromId);
      const to = centres.get(relation.toId);
      if (!from || !to) continue;
      const [x1, y1] = from;
      const [x2, y2] = to;
      const middle = (y1 + y2) / 2;
      const touches = relation.fromId === chosen || relation.toId === chosen;
      layer.append(svg('path', { class: relation.kind + (touches ? ' chosen' : ''), d: `M${x1},${y1} C${x1},${middle} ${x2},${middle} ${x2},${y2}` }));
    }
    box.append(layer);
  }

  function showCard(mark) {
    const record = recordById.get(mark.dataset.id);
    const card = $('card');
    const facts = el('dl', {});
    const fact = (name, value) => { if (value) facts.append(el('dt', { text: name }), el('dd', { text: value })); };
    fact('Date', dateText(record) + (record.date ? ' (' + record.date.precision.toLowerCase() + ')' : ''));
    fact(record.type === 'statement' ? 'Who' : 'Agents', who(record));
    fact('Border', record.border);
    fact('Quantity', record.quantity);
    fact('Sources', record.attestations.length + ' document' + (record.attestations.length === 1 ? '' : 's'));
    fact('Id', record.id);
    card.replaceChildren(el('strong', { text: typeLabel(record) + ': ' + record.kind }), facts);
    card.hidden = false;
    const rect = mark.getBoundingClientRect();
    const left = Math.min(Math.max(4, rect.left), window.innerWidth - card.offsetWidth - 4);
    const below = rect.bottom + 6 + card.offsetHeight < window.innerHeight;
    card.style.left = left + 'px';
    card.style.top = (below ? rect.bottom + 6 : Math.max(4, rect.top - card.offsetHeight - 6)) + 'px';
  }

  function hideCard() {
    $('card').hidden = true;
  }

  // ---- Who said what to whom ----

  function recordButton(record, fallbackId) {
    if (!record) return el('span', { text: fallbackId + ' (not in this corpus)' });
    const button = el('button', { type: 'button', class: 'linkish', text: summary(record) });
    button.addEventListener('click', () => openRecord(record.id));
    return button;
  }

  function renderGraph(visible) {
    const box = $('graph-box');
    box.replaceChildren();
    const statements = visible.filter((r) => r.type === 'statement');
    const degree = new Map();
    const edges = new Map();
    const bump = (map, key) => map.set(key, (map.get(key) || 0) + 1);
    for (const statement of statements) {
      bump(degree, statement.speaker);
      for (const addressee of statement.addressees || []) {
        bump(degree, addressee);
        bump(edges, statement.speaker + '>' + addressee);
      }
    }

    const nodes = [...degree.keys()].sort((a, b) => degree.get(b) - degree.get(a) || actorName(a).localeCompare(actorName(b))).slice(0, GRAPH_NODES);
    const size = 640;
    const radius = nodes.length > 1 ? size / 2 - 150 : 0;
    const position = new Map(nodes.map((node, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [node, [size / 2 + radius * Math.cos(angle), size / 2 + radius * Math.sin(angle), angle]];
    }));

    const picture = svg('svg', { id: 'graph', viewBox: `0 0 ${size} ${size}`, role: 'group', 'aria-label': 'Speakers and the actors they addressed' });
    const defs = svg('defs');
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#7d8799' }));
    defs.append(marker);
    picture.append(defs);

    for (const [key, count] of edges) {
      const [from, to] = key.split('>').map(Number);
      if (!position.has(from) || !position.has(to) || from === to) continue;
      const [x1, y1] = position.get(from);
      const [x2, y2] = position.get(to);
      const length = Math.hypot(x2 - x1, y2 - y1) || 1;
      const shorten = 9 / length;
      const edge = svg('line', {
        class: 'edge', x1: x1 + (x2 - x1) * shorten, y1: y1 + (y2 - y1) * shorten, x2: x2 - (x2 - x1) * shorten, y2: y2 - (y2 - y1) * shorten,
        'stroke-width': 1 + Math.log2(count), 'marker-end': 'url(#arrow)',
      });
      const title = svg('title');
      title.textContent = `${actorName(from)} \u2192 ${actorName(to)}: ${count} statement${count === 1 ? '' : 's'}`;
      edge.append(title);
      picture.append(edge);
    }

    for (const node of nodes) {
      const [x, y, angle] = position.get(node);
      const group = svg('g', { class: 'node', tabindex: 0, role: 'button', 'aria-label': `${actorName(node)}: ${degree.get(node)} statements; show only this actor` });
      group.append(svg('circle', { cx: x, cy: y, r: 7 }));
      // Labels run outwards along the radius, so neighbours never overwrite each other.
      const leftSide = nodes.length > 1 && Math.cos(angle) < 0;
      const degrees = (angle * 180) / Math.PI + (leftSide ? 180 : 0);
      const label = svg('text', {
        x: x + (leftSide ? -11 : 11), y: y + 4, 'text-anchor': leftSide ? 'end' : 'start', transform: `rotate(${degrees.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})`,
      });
      const name = actorName(node);
      label.textContent = name.length > 24 ? name.slice(0, 23) + '\u2026' : name;
      group.append(label);
      const choose = () => update({ actor: actors[node].id });
      group.addEventListener('click', choose);
      group.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); choose(); } });
      picture.append(group);
    }

    box.append(picture);
    if (degree.size > nodes.length) {
      box.append(el('p', { class: 'graph-note', text: `The ${nodes.length} actors in most statements are drawn, of ${degree.size}; filter to see others.` }));
    }

    const topEdges = [...edges.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    box.append(el('h3', { text: 'Most frequent speaker \u2192 addressee' }),
      topEdges.length
        ? el('ul', { class: 'plain', id: 'edge-list' }, ...topEdges.map(([key, count]) => {
          const [from, to] = key.split('>').map(Number);
          return el('li', { text: `${actorName(from)} \u2192 ${actorName(to)}: ${count}` });
        }))
        : el('p', { class: 'graph-note', text: 'No statement in view names an addressee.' }));

    const visibleIds = new Set(visible.map((r) => r.id));
    const shown = relations.filter((relation) => visibleIds.has(relation.fromId) || visibleIds.has(relation.toId));
    box.append(el('h3', { text: `Relations (${shown.length} of ${relations.length})` }),
      shown.length
        ? el('ul', { class: 'plain', id: 'relation-list' }, ...shown.slice(0, RELATIONS_LISTED).map((relation) => el('li', {},
          recordButton(relation.from, relation.fromId), ' ', el('span', { class: 'rel-kind ' + relation.kind, text: relation.kind }), ' ',
          recordButton(relation.to, relation.toId))))
        : el('p', { class: 'graph-note', text: 'No relation touches a record in view.' }));
    if (shown.length > RELATIONS_LISTED) {
      box.append(el('p', { class: 'graph-note', text: `The first ${RELATIONS_LISTED} are listed; filter to see others.` }));
    }
  }

  // ---- Evidence ----

  /** The document text with the passage and each quote fragment highlighted; offsets are UTF-16 units. */
  function highlighted(text, attestation) {
    const cuts = new Set([0, text.length, attestation.from, attestation.to]);
    for (const quote of attestation.quotes) for (const [from, to] of quote.fragments) { cuts.add(from); cuts.add(to); }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const quotes = [];
      let direct = false;
      attestation.quotes.forEach((quote, q) => quote.fragments.forEach(([start, end], f) => {
        if (start <= from && to <= end) {
          quotes.push(q + '.' + f);
          direct = direct || quote.direct;
        }
      }));
      const inPassage = attestation.from <= from && to <= attestation.to;
      if (!inPassage && !quotes.length) {
        fragment.append(piece);
        continue;
      }
      const node = el(quotes.length ? 'mark' : 'span', { class: [inPassage ? 'passage' : '', direct ? 'direct' : ''].join(' ').trim(), text: piece });
      if (quotes.length) node.dataset.q = quotes.join(' ');
      fragment.append(node);
    }
    return fragment;
  }

  function renderEvidence(state) {
    const body = $('evidence-body');
    body.replaceChildren();
    const record = recordById.get(state.record);
    if (!record) {
      body.append(el('p', { class: 'placeholder', text: 'Choose a mark on the timeline or a relation to read its sources.' }));
      return;
    }

    const facts = el('dl', { class: 'facts' });
    const fact = (name, value) => { if (value) facts.append(el('dt', { text: name }), el('dd', { text: value })); };
    fact('Date', record.date ? record.date.text + ' (' + record.date.precision.toLowerCase() + ')' : 'undated');
    if (record.type === 'statement') {
      fact('Speaker', actorName(record.speaker));
      fact('Addressees', (record.addressees || []).map(actorName).join(', '));
    } else {
      fact('Agents', (record.agents || []).map(actorName).join(', '));
      fact('Border', record.border);
      fact('Quantity', record.quantity);
      fact('Locations', (record.locations || []).join(', '));
      fact('From', record.source);
      fact('To', record.destination);
    }
    fact('Via', (record.via || []).map(actorName).join(', '));
    fact('PLOVER', record.plover);
    fact('CAMEO', record.cameo);
    fact('Id', record.id);

    body.append(el('h3', { id: 'evidence-record', text: typeLabel(record) + ': ' + record.kind }), facts);

    const linked = relations.filter((relation) => relation.fromId === record.id || relation.toId === record.id);
    if (linked.length) {
      body.append(el('ul', { class: 'plain' }, ...linked.map((relation) => {
        const outgoing = relation.fromId === record.id;
        const kind = el('span', { class: 'rel-kind ' + relation.kind, text: relation.kind });
        return outgoing
          ? el('li', {}, 'This ', kind, ' ', recordButton(relation.to, relation.toId))
          : el('li', {}, recordButton(relation.from, relation.fromId), ' ', kind, ' this');
      })));
    }

    body.append(el('p', { class: 'key' }, el('span', { class: 'passage', text: 'passage' }), el('span', { class: 'direct', text: 'direct quote' }), el('span', { class: 'reported', text: 'reported speech' })));
    record.attestations.forEach((attestation, index) => {
      const doc = documents[attestation.document];
      const source = [
        doc.outlet !== undefined ? actorName(doc.outlet) : 'outlet unknown',
        doc.published ? 'published ' + doc.published : 'publication date unknown',
        `code points [${attestation.start}, ${attestation.end})`,
        record.type === 'statement' ? (attestation.direct ? 'quoted verbatim' : 'reported') : null,
        attestation.via !== undefined ? 'via ' + actorName(attestation.via) : null,
      ].filter(Boolean).join(' \u00b7 ');
      const text = el('div', { class: 'doc-text', tabindex: '0', 'data-attestation': index, 'aria-label': 'Text of ' + doc.title });
      text.append(highlighted(doc.text, attestation));
      body.append(el('article', { class: 'attestation' }, el('h3', { text: doc.title }), el('p', { class: 'source', text: source }), text));
    });

    for (const text of body.querySelectorAll('.doc-text')) {
      const passage = text.querySelector('.passage');
      if (passage) text.scrollTop = Math.max(0, passage.offsetTop - text.offsetTop - 24);
    }
  }

  // ---- Render ----

  function syncControls(state) {
    for (const name of [...FILTERS, 'lanes']) {
      const control = $('f-' + name);
      if (control.value === state[name]) continue;
      if (control.choose) control.choose(state[name]);
      else control.value = state[name];
    }
  }

  function render() {
    const state = readState();
    syncControls(state);
    const visible = records.filter((record) => matches(record, state));
    const statements = visible.filter((r) => r.type === 'statement').length;
    const undated = visible.filter((r) => !r.date).length;
    $('status').textContent = `Showing ${visible.length} of ${records.length} records: ${statements} statements, ${visible.length - statements} border events`
      + (undated ? ` (${undated} undated)` : '') + '.';
    renderTimeline(visible, state);
    renderGraph(visible);
    renderEvidence(state);
  }

  buildFrame();
  render();
  window.addEventListener('hashchange', render);
  document.documentElement.dataset.ready = 'true';
  performance.mark('domainkit-report-ready');
})();
