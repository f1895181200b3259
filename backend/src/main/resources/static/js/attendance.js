/*
 * Live attendance: reloads the figures from the page's own address as JSON every 5 seconds while the tab is
 * visible, with a button to pause (WCAG 2.2.2). Without this file the page shows the figures of when it loaded
 * and a link to refresh them.
 */
(function () {
  'use strict';

  var main = document.querySelector('main.attendance');
  if (!main || !window.fetch) {
    return;
  }
  var source = main.getAttribute('data-source');
  var pause = document.getElementById('pause');
  var paused = false;

  document.getElementById('live-note').hidden = false;
  pause.hidden = false;
  pause.addEventListener('click', function () {
    paused = !paused;
    pause.textContent = main.getAttribute(paused ? 'data-resume' : 'data-pause');
    if (!paused) {
      refresh();
    }
  });

  function text(parent, field, value) {
    var element = parent.querySelector('[data-field="' + field + '"]');
    if (element) {
      element.textContent = value;
    }
  }

  function cell(row, value, className) {
    var td = document.createElement('td');
    if (className) {
      td.className = className;
    }
    td.textContent = value || '';
    row.appendChild(td);
    return td;
  }

  function span(parent, value, className) {
    var element = document.createElement('span');
    element.className = className;
    element.textContent = value || '';
    parent.appendChild(element);
    parent.appendChild(document.createTextNode(' '));
  }

  function update(view) {
    text(main, 'updated', view.updated);
    text(main, 'checkedIn', view.checkedIn);
    text(main, 'confirmed', view.confirmed);
    text(main, 'notYet', view.notYet);
    view.sessions.forEach(function (s) {
      var row = main.querySelector('tr[data-session="' + s.id + '"]');
      if (row) {
        text(row, 'signedUp', s.signedUp);
        text(row, 'checkedIn', s.checkedIn);
      }
    });
    view.scans.forEach(function (t) {
      var item = main.querySelector('li[data-result="' + t.result + '"]');
      if (item) {
        text(item, 'count', t.count);
      }
    });
    var table = document.getElementById('last-scans');
    var body = table.querySelector('tbody');
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    view.lastScans.forEach(function (s) {
      var row = document.createElement('tr');
      cell(row, s.time);
      var result = cell(row, '');
      span(result, s.headline, 'tag ' + s.tone);
      span(result, s.reason, 'reason');
      var person = cell(row, '');
      span(person, s.name, '');
      span(person, s.country, 'meta');
      span(person, s.role, 'meta');
      cell(row, s.session);
      cell(row, s.by);
      body.appendChild(row);
    });
    table.hidden = view.lastScans.length === 0;
    document.getElementById('no-scans').hidden = view.lastScans.length > 0;
  }

  function refresh() {
    fetch(source, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        return response.ok && type.indexOf('application/json') === 0 ? response.json() : null;
      })
      .then(function (view) {
        if (view) {
          update(view);
        }
      })
      .catch(function () { /* try again at the next tick */ });
  }

  setInterval(function () {
    if (!paused && !document.hidden) {
      refresh();
    }
  }, 5000);
})();
