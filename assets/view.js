/*
 * newskg view: the article page's behaviour (details on select, filters, the actor network).
 * A classic script (ES modules do not load from file:// URLs). Every value comes from the
 * page's own JSON data and is written with textContent, never as markup; links only to
 * http(s) URLs.
 */
(function () {
  'use strict';

  var dataElement = document.getElementById('view-data');
  if (!dataElement) return;
  var data = JSON.parse(dataElement.textContent || '{}');
  var actors = byId(data.actors);
  var statements = byId(data.statements);
  var events = byId(data.events);

  var detail = document.getElementById('detail');
  var form = document.getElementById('filters');
  var actorSelect = document.getElementById('filter-actor');
  var typeSelect = document.getElementById('filter-type');
  var confidenceInput = document.getElementById('filter-confidence');
  var confidenceOutput = document.getElementById('filter-confidence-value');

  function byId(list) {
    var map = new Map();
    (list || []).forEach(function (item) {
      map.set(item.id, item);
    });
    return map;
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function actorName(id) {
    var actor = actors.get(id);
    return actor ? actor.name : '';
  }

  function confidence(value) {
    return value === null || value === undefined ? '' : Number(value).toFixed(2);
  }

  // ---- details ------------------------------------------------------------------------

  function showDetail(title, rows, quote) {
    var close = make('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close the details');
    close.addEventListener('click', function () {
      detail.classList.remove('open');
    });
    detail.replaceChildren(close, make('h2', null, title));
    detail.classList.add('open');
    var list = make('dl');
    rows.forEach(function (row) {
      if (row[1] === '' || row[1] === null || row[1] === undefined) return;
      list.append(make('dt', null, row[0]));
      var value = make('dd');
      if (row[1] instanceof Node) value.append(row[1]);
      else value.textContent = String(row[1]);
      list.append(value);
    });
    detail.append(list);
    if (quote) detail.append(make('blockquote', null, quote));
  }

  function actorLine(id) {
    var actor = actors.get(id);
    if (!actor) return '';
    var line = make('span');
    var button = make('button', 'chip m m-' + actor.kind, actor.name);
    button.type = 'button';
    button.setAttribute('data-filter-actor', actor.id);
    button.title = 'Show only ' + actor.name;
    line.append(button, ' ' + actor.kindLabel + (actor.roles.length ? ', ' + actor.roles.join('; ') : ''));
    return line;
  }

  function actorList(ids) {
    var names = ids.map(actorName).filter(Boolean);
    return names.join(', ');
  }

  function showStatement(id) {
    var s = statements.get(id);
    if (!s) return;
    showDetail(
      'Statement: ' + s.typeLabel,
      [
        ['Speaker', actorLine(s.speaker)],
        ['Cue', s.cue ? '“' + s.cue + '” (' + s.cueLemma + ')' : s.cueLemma],
        ['Speech', s.mode],
        ['About', actorList(s.about)],
        ['Confidence', confidence(s.confidence)],
      ],
      s.content,
    );
  }

  function showEvent(id) {
    var e = events.get(id);
    if (!e) return;
    showDetail('Event: ' + e.type, [
      ['Factuality', e.factuality || 'not given by the graph'],
      ['When', e.when || e.timeText || 'no date'],
      ['Place', e.placeName],
      ['Participants', actorList(e.actors)],
      ['Trigger', e.trigger],
      ['Confidence', confidence(e.confidence)],
    ]);
  }

  function showActor(id) {
    var actor = actors.get(id);
    if (!actor) return;
    var links = make('span');
    actor.links.forEach(function (l) {
      if (!/^https?:\/\//i.test(l.href)) return;
      var a = make('a', null, l.label);
      a.href = l.href;
      a.rel = 'noopener noreferrer';
      links.append(a, ' ');
    });
    showDetail(actor.name, [
      ['Type', actor.kindLabel],
      ['Roles', actor.roles.join('; ')],
      ['Links', actor.links.length ? links : ''],
      ['Mentions', actor.mentions],
      ['Statements', actor.statements],
      ['Filter', actorLine(actor.id)],
    ]);
  }

  var selected = null;

  function select(element) {
    if (selected) selected.classList.remove('selected');
    selected = element;
    if (element) element.classList.add('selected');
  }

  /** Shows what the element stands for; the innermost highlight wins (a name inside a statement). */
  function showFor(target) {
    var mark = target.closest(
      '[data-statement],[data-statement-part],[data-event],[data-event-part],[data-event-mention],[data-mention],[data-mention-part]',
    );
    if (!mark) return false;
    var d = mark.dataset;
    if (d.statement || d.statementPart) {
      showStatement(d.statement || d.statementPart);
      select(document.querySelector('[data-statement="' + CSS.escape(d.statement || d.statementPart) + '"]'));
    } else if (d.event || d.eventPart || d.eventMention) {
      showEvent(d.event || d.eventPart || d.eventMention);
      select(document.querySelector('[data-event="' + CSS.escape(d.event || d.eventPart || d.eventMention) + '"]'));
    } else {
      showActor(d.actor);
      select(mark);
    }
    return true;
  }

  /** A button in a table: select the item in the text and show it. */
  function showById(id) {
    var mark = document.querySelector('[data-statement="' + CSS.escape(id) + '"],[data-event="' + CSS.escape(id) + '"]');
    if (statements.has(id)) showStatement(id);
    else showEvent(id);
    select(mark);
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var filter = target.closest('[data-filter-actor]');
    if (filter) {
      setActor(filter.getAttribute('data-filter-actor'));
      return;
    }
    var show = target.closest('[data-show]');
    if (show) {
      showById(show.getAttribute('data-show'));
      return;
    }
    if (target.closest('#text')) showFor(target);
  });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (target.matches('#text [data-statement], #text [data-event]')) {
      event.preventDefault();
      showFor(target);
      detail.focus({ preventScroll: true });
    } else if (target.matches('.node')) {
      event.preventDefault();
      setActor(target.getAttribute('data-actor'));
    }
  });

  // ---- filters --------------------------------------------------------------------------

  function setActor(id) {
    if (!actorSelect || !actors.has(id)) return;
    actorSelect.value = actorSelect.value === id ? '' : id;
    applyFilters();
  }

  function statementShown(s, f) {
    if (!s) return true;
    return (
      (!f.actor || s.speaker === f.actor || s.about.indexOf(f.actor) >= 0) &&
      (!f.type || s.type === f.type) &&
      (s.confidence === null || s.confidence >= f.min)
    );
  }

  function eventShown(e, f) {
    if (!e) return true;
    return (!f.actor || e.actors.indexOf(f.actor) >= 0 || e.place === f.actor) && (e.confidence === null || e.confidence >= f.min);
  }

  function each(selector, fn) {
    document.querySelectorAll(selector).forEach(fn);
  }

  function applyFilters() {
    var f = {
      actor: actorSelect ? actorSelect.value : '',
      type: typeSelect ? typeSelect.value : '',
      min: confidenceInput ? Number(confidenceInput.value) : 0,
    };
    if (confidenceOutput) confidenceOutput.textContent = f.min.toFixed(2);
    each('[data-mention],[data-mention-part]', function (el) {
      el.classList.toggle('off', Boolean(f.actor) && el.dataset.actor !== f.actor);
    });
    each('[data-statement],[data-statement-part]', function (el) {
      var shown = statementShown(statements.get(el.dataset.statement || el.dataset.statementPart), f);
      el.classList.toggle('off', !shown);
      if (el.dataset.statement) el.tabIndex = shown ? 0 : -1;
    });
    each('[data-statement-row]', function (row) {
      row.hidden = !statementShown(statements.get(row.dataset.statementRow), f);
    });
    each('[data-event],[data-event-part],[data-event-mention]', function (el) {
      var shown = eventShown(events.get(el.dataset.event || el.dataset.eventPart || el.dataset.eventMention), f);
      el.classList.toggle('off', !shown);
      if (el.dataset.event) el.tabIndex = shown ? 0 : -1;
    });
    each('[data-event-row]', function (row) {
      row.hidden = !eventShown(events.get(row.dataset.eventRow), f);
    });
    each('#actors [data-actor]', function (item) {
      item.hidden = Boolean(f.actor) && item.dataset.actor !== f.actor;
    });
    each('#network-graph .node, #network-graph .edge', function (el) {
      var ends = (el.getAttribute('data-ends') || '').split(' ');
      el.classList.toggle('off', Boolean(f.actor) && ends.indexOf(f.actor) < 0);
    });
    each('#network [data-edge]', function (row) {
      row.hidden = Boolean(f.actor) && row.dataset.edge.split(' ').indexOf(f.actor) < 0;
    });
  }

  if (form) {
    form.addEventListener('input', applyFilters);
    form.addEventListener('change', applyFilters);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    form.addEventListener('reset', function () {
      setTimeout(applyFilters, 0);
    });
  }

  // ---- actor network (d3-force lays it out; the page draws it as SVG) ---------------------

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, String(attrs[name]));
    });
    return node;
  }

  function drawNetwork() {
    var holder = document.getElementById('network-graph');
    var edges = data.edges || [];
    if (!holder || !edges.length) return;
    var d3 = window.d3;
    if (!d3 || !d3.forceSimulation) {
      holder.append(make('p', 'empty', 'The layout library did not load: the network is shown as a table below.'));
      return;
    }
    var ids = [];
    edges.forEach(function (e) {
      [e.source, e.target].forEach(function (id) {
        if (ids.indexOf(id) < 0) ids.push(id);
      });
    });
    var spoken = new Map();
    edges.forEach(function (e) {
      spoken.set(e.source, (spoken.get(e.source) || 0) + e.statements);
    });
    var nodes = ids.map(function (id) {
      return { id: id, actor: actors.get(id) || { name: id, kind: 'unnamed' }, said: spoken.get(id) || 0 };
    });
    var links = edges.map(function (e) {
      return { source: e.source, target: e.target, statements: e.statements, types: e.types };
    });
    var radius = function (n) {
      return 7 + Math.min(10, Math.sqrt(n.said) * 2.5);
    };
    // stopped and run to the end at once: the same layout on every load (d3-force seeds its own randomness)
    d3.forceSimulation(nodes)
      .force(
        'link',
        d3
          .forceLink(links)
          .id(function (n) {
            return n.id;
          })
          .distance(110),
      )
      .force('charge', d3.forceManyBody().strength(-420))
      .force(
        'collide',
        d3.forceCollide(function (n) {
          return radius(n) + 18;
        }),
      )
      .force('x', d3.forceX(0).strength(0.05))
      .force('y', d3.forceY(0).strength(0.08))
      .stop()
      .tick(300);

    var minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    nodes.forEach(function (n) {
      var half = n.actor.name.length * 3.6 + 4;
      minX = Math.min(minX, n.x - half);
      maxX = Math.max(maxX, n.x + half);
      minY = Math.min(minY, n.y - radius(n) - 4);
      maxY = Math.max(maxY, n.y + radius(n) + 18);
    });
    var root = svg('svg', {
      viewBox: [minX - 10, minY - 10, maxX - minX + 20, maxY - minY + 20].map(Math.round).join(' '),
      class: 'network',
    });
    var marker = svg('marker', {
      id: 'arrow',
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 9,
      markerHeight: 9,
      markerUnits: 'userSpaceOnUse',
      orient: 'auto-start-reverse',
    });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
    var defs = svg('defs');
    defs.append(marker);
    root.append(defs);
    links.forEach(function (l) {
      var dx = l.target.x - l.source.x,
        dy = l.target.y - l.source.y;
      var length = Math.sqrt(dx * dx + dy * dy) || 1;
      var cut = radius(l.target) + 2;
      var line = svg('line', {
        x1: l.source.x.toFixed(1),
        y1: l.source.y.toFixed(1),
        x2: (l.target.x - (dx / length) * cut).toFixed(1),
        y2: (l.target.y - (dy / length) * cut).toFixed(1),
        class: 'edge',
        'stroke-width': (1 + Math.log2(l.statements)).toFixed(1),
        'marker-end': 'url(#arrow)',
        'data-ends': l.source.id + ' ' + l.target.id,
      });
      var title = svg('title');
      title.textContent =
        l.source.actor.name + ' about ' + l.target.actor.name + ': ' + l.statements + ' statement(s), ' + l.types.join(', ');
      line.append(title);
      root.append(line);
    });
    nodes.forEach(function (n) {
      var group = svg('g', {
        class: 'node n-' + n.actor.kind,
        transform: 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')',
        tabindex: 0,
        role: 'button',
        'data-actor': n.id,
        'data-ends': n.id,
      });
      group.setAttribute('aria-label', n.actor.name + ': ' + n.said + ' statement(s) about others; select to show only this actor');
      group.append(svg('circle', { r: radius(n).toFixed(1) }));
      var label = svg('text', { y: (radius(n) + 13).toFixed(1), 'text-anchor': 'middle' });
      label.textContent = n.actor.name;
      group.append(label);
      group.addEventListener('click', function () {
        setActor(n.id);
      });
      root.append(group);
    });
    holder.append(root);
  }

  drawNetwork();
  applyFilters();
})();
