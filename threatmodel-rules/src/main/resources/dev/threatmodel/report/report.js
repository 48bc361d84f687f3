(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tm-data').textContent);
  var title = document.getElementById('tm-panel-title');
  var body = document.getElementById('tm-panel-body');
  var selected = [];

  function make(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) {
      node.className = cls;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function list(heading, items, empty, render) {
    body.appendChild(make('h4', null, heading));
    if (items.length === 0) {
      body.appendChild(make('p', 'hint', empty));
      return;
    }
    var ul = make('ul', 'panel-list');
    items.forEach(function (item) {
      ul.appendChild(render(item));
    });
    body.appendChild(ul);
  }

  function show(ref) {
    var part = data.parts[ref];
    if (!part) {
      return;
    }
    selected.forEach(function (node) {
      node.classList.remove('selected');
    });
    selected = Array.prototype.slice.call(document.querySelectorAll('#tm-diagram [data-ref="' + ref + '"]'));
    selected.forEach(function (node) {
      node.classList.add('selected');
    });
    title.textContent = part.name;
    body.textContent = '';
    body.appendChild(make('p', 'kind', part.kind + ' \u00b7 ' + part.id));
    if (part.description) {
      body.appendChild(make('p', 'description', part.description));
    }
    if (part.facts.length > 0) {
      var dl = make('dl', 'facts');
      part.facts.forEach(function (fact) {
        dl.appendChild(make('dt', null, fact[0]));
        dl.appendChild(make('dd', null, fact[1]));
      });
      body.appendChild(dl);
    }
    list('Findings', part.findings, 'No findings.', function (f) {
      var li = make('li', 'finding level-' + f.level + (f.suppressed ? ' suppressed' : ''));
      li.appendChild(make('span', 'level', f.level + (f.suppressed ? ' (suppressed)' : '')));
      li.appendChild(make('span', 'rule', f.rule));
      li.appendChild(make('div', 'message', f.message));
      li.appendChild(make('div', 'location', f.location));
      if (f.suppressed) {
        li.appendChild(make('div', 'reason', 'Suppressed: ' + f.suppressed));
      }
      return li;
    });
    if (part.kind !== 'trust zone') {
      list('Threats', part.threats, 'No threats recorded.', function (t) {
        var li = make('li', 'threat' + (t.handled ? '' : ' open'));
        li.appendChild(make('span', 'threat-id', t.id));
        li.appendChild(make('span', 'threat-name', t.name));
        li.appendChild(make('div', 'threat-meta', t.category + ' \u00b7 severity ' + t.severity + ' \u00b7 ' + t.status));
        t.mitigations.forEach(function (m) {
          li.appendChild(make('div', 'mitigation', m));
        });
        return li;
      });
    }
  }

  // Zoom and pan: the view is the SVG's viewBox. It starts as the whole drawing (the SVG scales it to fit its
  // frame); the wheel zooms around the pointer, a drag pans, the buttons zoom around the centre or fit again.
  var svg = document.getElementById('tm-diagram');
  var dragged = false;
  if (svg && svg.viewBox && svg.viewBox.baseVal) {
    var whole = svg.viewBox.baseVal;
    var home = [whole.x, whole.y, whole.width, whole.height];
    var view = home.slice();
    var apply = function () {
      svg.setAttribute('viewBox', view.map(function (v) { return Math.round(v * 10) / 10; }).join(' '));
    };
    var zoom = function (factor, cx, cy) {
      var width = Math.min(Math.max(view[2] * factor, home[2] / 20), home[2] * 4);
      var scale = width / view[2];
      view = [cx - (cx - view[0]) * scale, cy - (cy - view[1]) * scale, view[2] * scale, view[3] * scale];
      apply();
    };
    var toDrawing = function (event) {
      var box = svg.getBoundingClientRect();
      var fit = Math.max(view[2] / box.width, view[3] / box.height);
      var offsetX = (box.width * fit - view[2]) / 2;
      var offsetY = (box.height * fit - view[3]) / 2;
      return [view[0] - offsetX + (event.clientX - box.left) * fit, view[1] - offsetY + (event.clientY - box.top) * fit, fit];
    };
    svg.addEventListener('wheel', function (event) {
      event.preventDefault();
      var at = toDrawing(event);
      zoom(event.deltaY < 0 ? 1 / 1.2 : 1.2, at[0], at[1]);
    }, { passive: false });
    var start = null;
    svg.addEventListener('pointerdown', function (event) {
      start = { x: event.clientX, y: event.clientY, view: view.slice(), fit: toDrawing(event)[2] };
      dragged = false;
    });
    svg.addEventListener('pointermove', function (event) {
      if (!start) { return; }
      var dx = event.clientX - start.x;
      var dy = event.clientY - start.y;
      if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!dragged) { svg.setPointerCapture(event.pointerId); }
      dragged = true;
      svg.classList.add('panning');
      view = [start.view[0] - dx * start.fit, start.view[1] - dy * start.fit, view[2], view[3]];
      apply();
    });
    var stop = function () {
      start = null;
      svg.classList.remove('panning');
    };
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointercancel', stop);
    var button = function (id, action) {
      var b = document.getElementById(id);
      if (b) { b.addEventListener('click', action); }
    };
    button('tm-zoom-in', function () { zoom(1 / 1.25, view[0] + view[2] / 2, view[1] + view[3] / 2); });
    button('tm-zoom-out', function () { zoom(1.25, view[0] + view[2] / 2, view[1] + view[3] / 2); });
    button('tm-zoom-reset', function () { view = home.slice(); apply(); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('#tm-diagram [data-ref]'), function (node) {
    node.addEventListener('click', function () {
      if (dragged) { dragged = false; return; }
      show(node.getAttribute('data-ref'));
    });
    node.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        show(node.getAttribute('data-ref'));
      }
    });
  });
})();
