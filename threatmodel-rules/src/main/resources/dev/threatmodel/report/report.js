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

  Array.prototype.forEach.call(document.querySelectorAll('#tm-diagram [data-ref]'), function (node) {
    node.addEventListener('click', function () {
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
